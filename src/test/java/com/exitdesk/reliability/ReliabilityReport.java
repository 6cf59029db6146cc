package com.exitdesk.reliability;

import com.exitdesk.support.ReliabilityFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes RELIABILITY.md from the counts the reliability suites left in target/reliability during
 * this build. {@code ./mvnw verify} runs it after the tests; nothing in the file is typed by hand.
 */
public final class ReliabilityReport {

  /** What each suite tries, in the report's order. */
  private static final Map<String, String> SUITES = new LinkedHashMap<>();

  static {
    SUITES.put(
        "hostile-input",
        "**Bad input** (HostileInputTest): malformed and hostile requests to every write endpoint"
            + " (wrong types, missing and unknown fields, oversized strings and bodies, negative"
            + " and absurd money, impossible and reversed dates, unknown enum values, invisible and"
            + " unpaired unicode, CR/LF in names and addresses, malformed JSON, hostile task"
            + " forms). Each must get a 4xx problem detail naming the field, and a digest of every"
            + " table must be the same before and after.");
    SUITES.put(
        "access-matrix",
        "**Access** (AccessMatrixTest): every endpoint the running app maps, against anonymous,"
            + " OPS, MANAGER and another OPS user; an endpoint without a rule fails the build."
            + " Passwords are checked to be stored as bcrypt hashes.");
    SUITES.put(
        "log-hygiene",
        "**Logs** (LogHygieneTest): a case that sends a proposal, with the logs captured and"
            + " searched for the client's address, the answer-link token, Basic credentials and a"
            + " mistyped password.");
    SUITES.put(
        "concurrent-completion",
        "**Concurrency** (ConcurrentCompletionTest): twenty submissions of one task at once, and"
            + " two managers approving the same exit at once; exactly one wins, the others get"
            + " 409.");
    SUITES.put(
        "idempotent-incidents",
        "**Idempotency** (IdempotentIncidentTest): incident reports sent again with the same"
            + " Idempotency-Key, in sequence and ten at once on the strike that opens a case.");
    SUITES.put(
        "smtp-outage",
        "**Mail server down** (MessageDeliveryTest): the SMTP server stops before the"
            + " cooling-off ends; the notice is retried, becomes an incident, and is delivered once"
            + " when the incident is resolved.");
    SUITES.put(
        "database-outage",
        "**Database down** (DatabaseOutageTest): PostgreSQL refuses the app as the notice falls"
            + " due; the job fails, is retried, and the notice goes out once.");
    SUITES.put(
        "engine-outage",
        "**Engine unreachable** (EngineOutageTest): a task submitted while the engine cannot be"
            + " reached is kept and answered at once; the dispatcher retries it with back-off and"
            + " the decision reaches the case once the engine is back.");
    SUITES.put(
        "engine-gateway",
        "**Engine gateway from the network** (EngineGatewayBindingTest): the development engine's"
            + " gRPC gateway, which takes commands without authentication, probed on every"
            + " non-loopback address of the machine; each connection must be refused.");
    SUITES.put(
        "redelivered-jobs",
        "**Redelivered jobs** (RedeliveredJobTest): a step run twice for the same element"
            + " instance, as the engine redelivers a job whose lease ran out.");
    SUITES.put(
        "lease-expiry",
        "**Job timed out** (LeaseExpiryTest): a held user task's lease is cut to a millisecond;"
            + " the engine times the job out and hands it to the app again, which keeps its one"
            + " inbox task and one timeline entry.");
    SUITES.put(
        "decision-properties",
        "**Decision properties** (DecisionPropertiesTest, jqwik): generated evidence through"
            + " assess-relationship.dmn on the engine's DMN engine; every case gets one of the four"
            + " recommendations, abuse is always FAST_EXIT, another strike or a worse margin never"
            + " makes it milder, three strikes are never MONITOR.");
    SUITES.put(
        "strike-policy-properties",
        "**Strike policy properties** (StrikePolicyPropertiesTest, jqwik): for generated"
            + " thresholds and windows, abuse always opens a review, another strike never closes"
            + " one, below the threshold only abuse does.");
  }

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "RELIABILITY.md");
    Map<String, Map<String, String>> figures = read();
    if (figures.isEmpty()) {
      System.out.println("No reliability figures in " + ReliabilityFigures.DIRECTORY + ".");
      return;
    }
    StringBuilder report = new StringBuilder();
    report
        .append("# Reliability\n\n")
        .append("Written by `./mvnw verify` on ")
        .append(LocalDate.now())
        .append(" from the counts the reliability suites reached in that build; never edited by")
        .append(" hand. A suite whose assertions fail stops the build, so every figure here comes")
        .append(" from a passing run.\n\n")
        .append("## Totals\n\n")
        .append("| Figure | Count |\n| --- | ---: |\n")
        .append(
            row(
                "Requests tried",
                sum(
                    figures,
                    "requests tried",
                    "cells checked",
                    "concurrent submissions of one task",
                    "duplicate reports sent")))
        .append(
            row(
                "Faults injected",
                sum(
                    figures,
                    "faults injected",
                    "mail server outages injected",
                    "jobs redelivered after their timeout")))
        .append(
            row("Generated cases checked", sum(figures, "decision evaluations", "policy checks")))
        .append(row("Messages lost", sum(figures, "messages lost")))
        .append(
            row(
                "Duplicate messages or side effects",
                sum(
                    figures,
                    "duplicate messages",
                    "duplicate side effects",
                    "duplicates stored",
                    "duplicate tasks")))
        .append(row("Decisions lost", sum(figures, "decisions lost")))
        .append(attacks(figures.get("attacks")))
        .append("\n## Suites\n");
    for (Map.Entry<String, String> suite : SUITES.entrySet()) {
      Map<String, String> counts = figures.get(suite.getKey());
      report.append("\n").append(suite.getValue()).append("\n\n");
      if (counts == null) {
        report.append("Not run in this build.\n");
        continue;
      }
      report.append("| Figure | Count |\n| --- | ---: |\n");
      counts.forEach(
          (name, value) ->
              report.append("| ").append(name).append(" | ").append(value).append(" |\n"));
    }
    Files.writeString(target, report.toString());
    System.out.println("Wrote " + target.toAbsolutePath());
  }

  private static Map<String, Map<String, String>> read() throws IOException {
    Map<String, Map<String, String>> figures = new TreeMap<>();
    if (!Files.isDirectory(ReliabilityFigures.DIRECTORY)) {
      return figures;
    }
    try (Stream<Path> files = Files.list(ReliabilityFigures.DIRECTORY)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        // One "figure name=count" a line; names have spaces, so not java.util.Properties.
        Map<String, String> counts = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
          int equals = line.lastIndexOf('=');
          if (equals > 0) {
            counts.put(line.substring(0, equals), line.substring(equals + 1).strip());
          }
        }
        String name = file.getFileName().toString();
        figures.put(name.substring(0, name.length() - ".properties".length()), counts);
      }
    }
    return figures;
  }

  /**
   * The side doors a probe of a running instance found (SideDoorTest): each attack replayed,
   * numbered by the finding of issue 12 it reproduces; every try was refused or flagged.
   */
  private static String attacks(Map<String, String> counts) {
    StringBuilder section =
        new StringBuilder("\n## Attacks tried\n\n")
            .append(
                "**Side doors** (SideDoorTest): each attack a probe of a running instance found,")
            .append(" replayed against the whole app (on a real port where it needs one); a test")
            .append(" that first failed, then passed once the hole was closed. Every try below was")
            .append(
                " refused (401, 403, 404, 410, 413, 429 or 400 with a problem detail) or, where")
            .append(" the engine had already acted, refused by the step or flagged on the case's")
            .append(" timeline.\n\n");
    if (counts == null) {
      return section.append("Not run in this build.\n").toString();
    }
    section.append("| Attack | Tries |\n| --- | ---: |\n");
    long total = 0;
    for (Map.Entry<String, String> attack : counts.entrySet()) {
      section.append(row(attack.getKey(), Long.parseLong(attack.getValue())));
      total += Long.parseLong(attack.getValue());
    }
    return section.append(row("**All attacks**", total)).toString();
  }

  private static long sum(Map<String, Map<String, String>> figures, String... names) {
    long total = 0;
    for (Map<String, String> counts : figures.values()) {
      for (String name : List.of(names)) {
        if (counts.containsKey(name)) {
          total += Long.parseLong(counts.get(name));
        }
      }
    }
    return total;
  }

  private static String row(String figure, long count) {
    return "| " + figure + " | " + count + " |\n";
  }

  private ReliabilityReport() {}
}
