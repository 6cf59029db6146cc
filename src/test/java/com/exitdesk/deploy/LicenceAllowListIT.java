package com.exitdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.support.AppProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the packaged jar carries may run in production under an open-source licence. The licences
 * come from the dependencies' POMs, as the SBOM the build writes into the jar records them
 * (CycloneDX, META-INF/sbom/application.cdx.json); every library in the jar must be in it.
 */
class LicenceAllowListIT {

  /** SPDX ids (and the names some POMs give instead) of licences production may run under. */
  private static final Set<String> ALLOWED =
      Set.of(
          "Apache-2.0",
          "MIT",
          "MIT-0",
          "BSD-2-Clause",
          "BSD-3-Clause",
          "ISC",
          "CC0-1.0",
          "UPL-1.0",
          "EPL-1.0",
          "EPL 1.0",
          "EPL-2.0",
          "EDL-1.0",
          "MPL-2.0",
          "GPL-2.0-with-classpath-exception",
          // openhtmltopdf, Hibernate and Logback: linked as unmodified libraries.
          "LGPL-2.1-only",
          "LGPL-2.1-or-later",
          "LGPL-3.0-only",
          "LGPL-3.0-or-later",
          "GNU Lesser General Public License",
          // LanguageTool's dictionaries and openregex (the writing check): LGPL-2.1 by other names.
          "GNU Lesser General Public License, Version 2.1, February 1999",
          "LGPL (GNU Lesser General Public License)",
          // morfologik (LanguageTool's spelling) and the units API behind its unit rules: BSD with
          // the advertising clause, which asks only for credit in advertising that names them.
          "BSD-4-Clause",
          // org.json since 2024.
          "Public Domain");

  /** Named in the issue that set this rule: engine modules, test libraries, their runtimes. */
  private static final List<String> NEVER_SHIPPED =
      List.of(
          "zeebe-workflow-engine",
          "zeebe-process-test",
          "zeebe-stream-platform",
          "zeebe-logstreams",
          "zeebe-db",
          "camunda-zeebe",
          "greenmail",
          "junit",
          "scala-library",
          "kotlin-stdlib",
          "rocksdbjni");

  /** Added by Spring Boot's repackaging for {@code java -Djarmode=tools}; Boot's own licence. */
  private static final String BOOT_LAUNCHER_TOOLS = "spring-boot-jarmode-tools-";

  private static List<String> libraries;
  private static JsonNode sbom;

  @BeforeAll
  static void readJar() throws IOException {
    libraries = new ArrayList<>();
    try (ZipFile jar = new ZipFile(AppProcess.packagedJar().toFile())) {
      jar.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
          .map(name -> name.substring("BOOT-INF/lib/".length()))
          .forEach(libraries::add);
      ZipEntry bom = jar.getEntry("META-INF/sbom/application.cdx.json");
      assertThat(bom).as("the SBOM inside the jar").isNotNull();
      try (InputStream in = jar.getInputStream(bom)) {
        sbom = new ObjectMapper().readTree(in);
      }
    }
  }

  @Test
  void noEngineModuleTestLibraryOrTheirRuntimesIsShipped() {
    assertThat(libraries).isNotEmpty();
    for (String forbidden : NEVER_SHIPPED) {
      assertThat(libraries).noneMatch(jar -> jar.startsWith(forbidden));
    }
  }

  @Test
  void everyShippedLibraryIsInTheSbomUnderAnAllowedLicence() {
    Set<String> described = new HashSet<>();
    List<String> refused = new ArrayList<>();
    for (JsonNode component : sbom.get("components")) {
      String file = component.get("name").asText() + "-" + component.get("version").asText();
      described.add(file + ".jar");
      classifier(component)
          .ifPresent(classifier -> described.add(file + "-" + classifier + ".jar"));
      List<String> licences = licences(component);
      if (licences.stream().noneMatch(LicenceAllowListIT::allowed)) {
        refused.add(component.get("purl").asText() + " " + licences);
      }
    }
    assertThat(refused).as("libraries under a licence outside the allow-list").isEmpty();
    assertThat(libraries)
        .as("every library in the jar is described by the SBOM")
        .filteredOn(jar -> !jar.startsWith(BOOT_LAUNCHER_TOOLS))
        .allMatch(described::contains);
  }

  /**
   * A licence on the list, or a choice ("(CDDL-1.0 OR GPL-2.0-with-classpath-exception)") of one.
   */
  private static boolean allowed(String licence) {
    if (ALLOWED.contains(licence)) {
      return true;
    }
    String choice = licence.replaceAll("^\\((.*)\\)$", "$1");
    return choice.contains(" OR ")
        && java.util.Arrays.stream(choice.split(" OR "))
            .map(String::strip)
            .anyMatch(ALLOWED::contains);
  }

  private static Optional<String> classifier(JsonNode component) {
    Matcher matcher =
        Pattern.compile("[?&]classifier=([^&]+)").matcher(component.path("purl").asText());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static List<String> licences(JsonNode component) {
    List<String> found = new ArrayList<>();
    JsonNode licenses = component.get("licenses");
    if (licenses == null) {
      return found;
    }
    for (JsonNode choice : licenses) {
      if (choice.has("expression")) {
        found.add(choice.get("expression").asText());
      }
      JsonNode licence = choice.get("license");
      if (licence != null) {
        found.add(licence.has("id") ? licence.get("id").asText() : licence.get("name").asText());
      }
    }
    return found;
  }
}
