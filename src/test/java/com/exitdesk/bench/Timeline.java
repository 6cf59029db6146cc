package com.exitdesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a start's seconds went, from what {@link StartupTimeline} wrote: the milestones of the
 * start (since the JVM started) and Spring's start-up steps, each step's own time (its duration
 * less the steps nested in it) summed over the steps of the same name and bean.
 */
record Timeline(Map<String, Long> milestones, List<Entry> steps) {

  /** Steps of one name (and bean, where the step is about one): their own and their whole time. */
  record Entry(String step, String bean, int count, Duration own, Duration total) {}

  static Timeline parse(List<String> lines) {
    Map<String, Long> milestones = new LinkedHashMap<>();
    Map<Long, String[]> steps = new LinkedHashMap<>();
    Map<Long, Long> nestedNanos = new HashMap<>();
    for (String line : lines) {
      String[] fields = line.split("\t", -1);
      if (fields[0].equals("milestone")) {
        milestones.put(fields[1], Long.parseLong(fields[2]));
      } else if (fields[0].equals("step")) {
        steps.put(Long.parseLong(fields[1]), fields);
        if (!fields[2].equals("null")) {
          nestedNanos.merge(Long.parseLong(fields[2]), Long.parseLong(fields[5]), Long::sum);
        }
      } else {
        throw new IllegalArgumentException("Not a timeline line: " + line);
      }
    }
    Map<String, Entry> grouped = new LinkedHashMap<>();
    steps.forEach(
        (id, fields) -> {
          long total = Long.parseLong(fields[5]);
          long own = Math.max(0, total - nestedNanos.getOrDefault(id, 0L));
          grouped.merge(
              fields[3] + "\t" + fields[4],
              new Entry(fields[3], fields[4], 1, Duration.ofNanos(own), Duration.ofNanos(total)),
              (a, b) ->
                  new Entry(
                      a.step(),
                      a.bean(),
                      a.count() + b.count(),
                      a.own().plus(b.own()),
                      a.total().plus(b.total())));
        });
    List<Entry> entries = new ArrayList<>(grouped.values());
    entries.sort(Comparator.comparing(Entry::own).reversed());
    return new Timeline(milestones, List.copyOf(entries));
  }

  /**
   * The phases between the milestones, then the steps with the most own time; {@code healthUp} is
   * when the benchmark saw health UP in its timed start.
   */
  String markdown(int top) {
    StringBuilder out =
        new StringBuilder("| Phase | ms |\n| --- | ---: |\n")
            .append(
                phase(
                    "JVM start to `SpringApplication.run` (JVM, class loading of main)",
                    0L,
                    milestones.get("starting")))
            .append(
                phase(
                    "environment (configuration files, profiles, post-processors)",
                    milestones.get("starting"),
                    milestones.get("environment-prepared")))
            .append(
                phase(
                    "application context created and loaded",
                    milestones.get("environment-prepared"),
                    milestones.get("context-loaded")))
            .append(
                phase(
                    "context refresh: beans, then lifecycle (web server, models, workers)",
                    milestones.get("context-loaded"),
                    milestones.get("started")))
            .append(
                phase(
                    "runners (demo data in the development mode)",
                    milestones.get("started"),
                    milestones.get("ready")))
            .append("| **ready** | **")
            .append(milestones.get("ready"))
            .append(
                "** |\n\nSpring's start-up steps with the most own time (a step's time less the"
                    + " steps nested in it; the bean named where the step creates one):\n\n"
                    + "| Step | Bean | Count | Own ms | Total ms |\n| --- | --- | ---: | ---: | ---: |\n");
    for (Entry entry : steps.subList(0, Math.min(top, steps.size()))) {
      out.append(
          String.format(
              "| %s | %s | %d | %d | %d |%n",
              entry.step(),
              entry.bean().isEmpty() ? "" : "`" + entry.bean() + "`",
              entry.count(),
              entry.own().toMillis(),
              entry.total().toMillis()));
    }
    return out.toString();
  }

  private static String phase(String name, Long from, Long to) {
    if (from == null || to == null) {
      return "| " + name + " | not recorded |\n";
    }
    return "| " + name + " | " + (to - from) + " |\n";
  }
}
