package com.exitdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The folder tree is the architecture: each package right under {@code com.exitdesk} is a module,
 * and a module reaches another only through the types in that module's top package (its API and
 * events), never in a cycle, and never through its repositories. The module diagrams in {@code
 * docs/modules} are drawn from the same model; after an intended change regenerate them with {@code
 * ./mvnw test -Dtest=ModularityTest -Dmodules.update=true} and review the diff.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(ExitDeskApplication.class);

  private static final Path COMMITTED = Path.of("docs/modules");
  private static final Path GENERATED = Path.of("target/modules-docs");

  @Test
  void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
    MODULES.verify();
  }

  /**
   * What each module may depend on: the arrows of the README's layout. A new arrow is a design
   * decision, made here and in the README together.
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("shared", Set.of()),
          Map.entry("audit", Set.of()),
          Map.entry("engine", Set.of("shared")),
          Map.entry("web", Set.of("shared")),
          Map.entry("messaging", Set.of("audit", "shared")),
          Map.entry("client", Set.of("messaging", "audit", "web", "shared")),
          Map.entry("interaction", Set.of("client", "messaging", "audit", "web", "shared")),
          Map.entry("incident", Set.of("client", "interaction", "audit", "web", "shared")),
          Map.entry("inbox", Set.of("client", "engine", "audit", "web", "shared")),
          Map.entry(
              "caseflow",
              Set.of(
                  "inbox",
                  "incident",
                  "interaction",
                  "client",
                  "messaging",
                  "engine",
                  "audit",
                  "shared")),
          Map.entry(
              "criteria",
              Set.of("caseflow", "incident", "client", "inbox", "engine", "audit", "shared")),
          Map.entry("writing", Set.of("caseflow", "audit", "shared")),
          Map.entry(
              "operations",
              Set.of("caseflow", "inbox", "messaging", "engine", "audit", "web", "shared")));

  @Test
  void eachModuleDependsOnlyOnTheModulesTheLayoutAllowsIt() {
    assertThat(MODULES.stream().map(ModularityTest::name))
        .as("the modules (a new one needs its line in the README's layout and here)")
        .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    for (ApplicationModule module : MODULES) {
      Set<String> used =
          module.getDirectDependencies(MODULES).stream()
              .map(dependency -> name(dependency.getTargetModule()))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(used).as("what %s depends on", name(module)).isSubsetOf(ALLOWED.get(name(module)));
    }
  }

  private static String name(ApplicationModule module) {
    return module.getIdentifier().toString();
  }

  /**
   * A module's tables are its own: another module goes through its services. Spring Modulith does
   * not see this (repositories sit in the module's top package beside its services), so it is
   * checked here, on the main classes; the tests may set up data through any repository.
   */
  @Test
  void noModuleUsesAnotherModulesRepositories() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.exitdesk");
    ArchCondition<JavaClass> usedOnlyInItsModule =
        new ArchCondition<>("be used only by classes of their own module") {
          @Override
          public void check(JavaClass repository, ConditionEvents events) {
            for (Dependency use : repository.getDirectDependenciesToSelf()) {
              if (!use.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                events.add(SimpleConditionEvent.violated(use, use.getDescription()));
              }
            }
          }
        };
    classes().that().areAssignableTo(Repository.class).should(usedOnlyInItsModule).check(main);
  }

  @Test
  void theCommittedModuleDiagramsAreTheOnesTheCodeDraws() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    Map<String, String> drawn = diagrams(GENERATED);
    assertThat(drawn).as("diagrams drawn").containsKey("components.puml");

    if (Boolean.getBoolean("modules.update")) {
      Files.createDirectories(COMMITTED);
      for (String stale : diagrams(COMMITTED).keySet()) {
        Files.delete(COMMITTED.resolve(stale));
      }
      for (String name : drawn.keySet()) {
        Files.copy(
            GENERATED.resolve(name), COMMITTED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertThat(diagrams(COMMITTED))
        .as(
            "docs/modules is stale: regenerate it with ./mvnw test -Dtest=ModularityTest"
                + " -Dmodules.update=true and review the diff")
        .isEqualTo(drawn);
  }

  private static Map<String, String> diagrams(Path folder) throws IOException {
    Map<String, String> diagrams = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return diagrams;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(file -> file.getFileName().toString().endsWith(".puml"))
          .forEach(
              file -> {
                try {
                  // Sorted: the exporter may list the same elements in another order.
                  diagrams.put(
                      file.getFileName().toString(),
                      String.join("\n", Files.readAllLines(file).stream().sorted().toList()));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return diagrams;
  }
}
