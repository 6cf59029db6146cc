package com.exitdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started here (no Docker engine), so its wiring is checked: the app
 * runs the profiles the compose file names, and every setting those profiles read from the
 * environment without a usable default is given to it.
 */
class ComposeFileTest {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

  @Test
  void theAppIsGivenEverySettingItsProfilesNeed() throws IOException {
    Map<String, String> environment = appEnvironment();
    List<String> profiles = List.of(environment.get("SPRING_PROFILES_ACTIVE").split(","));
    assertThat(profiles).containsExactlyInAnyOrder("postgres", "zeebe");

    Set<String> needed = new TreeSet<>();
    for (String profile : profiles) {
      String file =
          Files.readString(Path.of("src/main/resources/application-" + profile + ".yaml"));
      Matcher placeholder = PLACEHOLDER.matcher(file);
      while (placeholder.find()) {
        String fallback = placeholder.group(2);
        // No default, or one that only makes sense outside the compose network.
        if (fallback == null || fallback.contains("localhost")) {
          needed.add(placeholder.group(1));
        }
      }
    }
    assertThat(needed).contains("EXITDESK_DB_URL", "ZEEBE_GRPC_ADDRESS", "SMTP_HOST");
    assertThat(environment.keySet()).as("settings the app reads").containsAll(needed);
  }

  @Test
  void someoneCanSignInBecauseTheProductionProfilesTurnTheDemoUsersOff() throws IOException {
    assertThat(appEnvironment())
        .containsKeys(
            "EXITDESK_USERS_ACCOUNTS_0_NAME",
            "EXITDESK_USERS_ACCOUNTS_0_PASSWORDHASH",
            "EXITDESK_USERS_ACCOUNTS_0_ROLES_0");
  }

  @Test
  void imageVersionsArePinnedInTheEnvFileAndTheCamundaOnesMatchTheClient() throws IOException {
    Map<String, String> versions =
        Files.readAllLines(Path.of(".env")).stream()
            .filter(line -> line.contains("=") && !line.startsWith("#"))
            .collect(
                Collectors.toMap(
                    l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    String compose = Files.readString(Path.of("docker-compose.yml"));
    Matcher image = Pattern.compile("image: [^\\s:]+:\\$\\{([A-Z_]+)}").matcher(compose);
    int images = 0;
    while (image.find()) {
      images++;
      assertThat(versions).containsKey(image.group(1));
    }
    assertThat(images).isEqualTo(4);
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher client = Pattern.compile("<camunda.version>(\\d+\\.\\d+)\\.").matcher(pom);
    assertThat(client.find()).isTrue();
    assertThat(versions.get("CAMUNDA_VERSION")).startsWith(client.group(1) + ".");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAppStartsOnceTheEngineIsReadyAndIsRestartedWhenItFails() throws IOException {
    Map<String, Object> orchestration = service("orchestration");
    String probe =
        String.join(
            " ",
            (List<String>) ((Map<String, Object>) orchestration.get("healthcheck")).get("test"));
    assertThat(probe)
        .as("ready, not merely listening")
        .contains("/actuator/health/readiness", "9600", "'HTTP/1.1 200'")
        .as("tools the camunda/camunda image has")
        .doesNotContain("curl", "wget");
    Map<String, Object> dependsOn = (Map<String, Object>) service("app").get("depends_on");
    assertThat((Map<String, Object>) dependsOn.get("orchestration"))
        .containsEntry("condition", "service_healthy");
    assertThat(service("app")).containsEntry("restart", "on-failure");
  }

  @Test
  void operateAndTasklistHaveAnInitialAdminFromTheEnvironment() throws IOException {
    Map<String, String> environment = environment("orchestration");
    assertThat(environment)
        .containsEntry("CAMUNDA_SECURITY_AUTHENTICATION_METHOD", "basic")
        .containsKeys(
            "CAMUNDA_SECURITY_INITIALIZATION_USERS_0_USERNAME",
            "CAMUNDA_SECURITY_INITIALIZATION_USERS_0_PASSWORD",
            "CAMUNDA_SECURITY_INITIALIZATION_USERS_0_NAME",
            "CAMUNDA_SECURITY_INITIALIZATION_USERS_0_EMAIL");
    assertThat(environment.get("CAMUNDA_SECURITY_INITIALIZATION_DEFAULTROLES_ADMIN_USERS_0"))
        .isEqualTo(environment.get("CAMUNDA_SECURITY_INITIALIZATION_USERS_0_USERNAME"));
    assertThat(environment.get("CAMUNDA_SECURITY_INITIALIZATION_USERS_0_PASSWORD"))
        .as("no password committed")
        .startsWith("${")
        .contains(":?");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAppIsGivenTheCompanysOwnIdentityAndStopsWithoutIt() throws IOException {
    String imported = appEnvironment().get("SPRING_CONFIG_IMPORT");
    assertThat(imported).startsWith("file:");
    String inContainer = imported.substring("file:".length());
    assertThat((List<String>) service("app").get("volumes"))
        .anySatisfy(
            volume ->
                assertThat(volume)
                    .startsWith("${EXITDESK_COMPANY_FILE:?")
                    .endsWith(":" + inContainer + ":ro"));
  }

  @Test
  void elasticsearchKeepsWritingOnANearlyFullDisk() throws IOException {
    assertThat(environment("elasticsearch"))
        .containsEntry("cluster.routing.allocation.disk.threshold_enabled", "false");
  }

  private static Map<String, String> appEnvironment() throws IOException {
    return environment("app");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> environment(String service) throws IOException {
    return ((List<String>) service(service).get("environment"))
        .stream()
            .collect(
                Collectors.toMap(
                    e -> e.substring(0, e.indexOf('=')), e -> e.substring(e.indexOf('=') + 1)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
  }
}
