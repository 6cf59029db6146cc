package com.exitdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The live objects of one JVM after a full collection ({@code GC.class_histogram}, which collects
 * first), totalled by who owns their classes. Shallow sizes: a {@code byte[]} counts as an array
 * whoever holds it, which is why the owners' figures say where objects of a kind pile up, and the
 * total says how much is left.
 */
record HeapHistogram(long totalBytes, Map<String, Long> bytesByOwner) {

  static final String ENGINE = "Engine (io.camunda.zeebe, io.atomix, org.agrona)";
  static final String CLIENT = "Camunda client, gRPC, Netty";
  static final String H2 = "H2 (org.h2)";
  static final String EXIT_DESK = "Exit Desk (com.exitdesk)";
  static final String FRAMEWORKS = "Spring, Hibernate, Jackson";
  static final String ARRAYS = "Primitive and Object[] arrays (unattributed)";
  static final String JDK = "JDK classes (java, jdk, sun)";
  static final String OTHER = "Other libraries";

  /** In the order a report lists them. */
  static final List<String> OWNERS =
      List.of(ARRAYS, JDK, ENGINE, H2, EXIT_DESK, CLIENT, FRAMEWORKS, OTHER);

  private static final Pattern ROW =
      Pattern.compile("^[ \\t]*\\d+:[ \\t]+(\\d+)[ \\t]+(\\d+)[ \\t]+(\\S+)", Pattern.MULTILINE);
  private static final Pattern TOTAL =
      Pattern.compile("^Total[ \\t]+(\\d+)[ \\t]+(\\d+)", Pattern.MULTILINE);

  /** This JVM's heap, through the same diagnostic command {@code jcmd} sends. */
  static HeapHistogram ofThisJvm() throws Exception {
    Object text =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()});
    return parse((String) text);
  }

  /** Another JVM's heap (one of this user's), with {@code jcmd} from the running JDK. */
  static HeapHistogram of(long pid) throws IOException, InterruptedException {
    return parse(Jcmd.run(pid, "GC.class_histogram"));
  }

  static HeapHistogram parse(String histogram) {
    Matcher total = TOTAL.matcher(histogram);
    if (!total.find()) {
      throw new IllegalArgumentException("Not a class histogram: " + abbreviated(histogram));
    }
    Map<String, Long> byOwner = new LinkedHashMap<>();
    OWNERS.forEach(owner -> byOwner.put(owner, 0L));
    Matcher row = ROW.matcher(histogram);
    while (row.find()) {
      byOwner.merge(ownerOf(row.group(3)), Long.parseLong(row.group(2)), Long::sum);
    }
    return new HeapHistogram(Long.parseLong(total.group(2)), byOwner);
  }

  /** An array of a class counts with the class; arrays of primitives or Objects with no one. */
  static String ownerOf(String className) {
    String name = className;
    if (className.startsWith("[")) {
      String element = className.replaceFirst("^\\[+", "");
      if (!element.startsWith("L") || element.equals("Ljava.lang.Object;")) {
        return ARRAYS;
      }
      name = element.substring(1, element.length() - 1);
    }
    if (name.startsWith("io.camunda.zeebe.client.") || name.startsWith("io.camunda.client.")) {
      return CLIENT;
    }
    if (name.startsWith("io.camunda.")
        || name.startsWith("io.atomix.")
        || name.startsWith("org.agrona.")) {
      return ENGINE;
    }
    if (name.startsWith("io.grpc.") || name.startsWith("io.netty.")) {
      return CLIENT;
    }
    if (name.startsWith("org.h2.")) {
      return H2;
    }
    if (name.startsWith("com.exitdesk.")) {
      return EXIT_DESK;
    }
    if (name.startsWith("org.springframework.")
        || name.startsWith("org.hibernate.")
        || name.startsWith("com.fasterxml.")) {
      return FRAMEWORKS;
    }
    if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
      return JDK;
    }
    return OTHER;
  }

  /** A table of the owners' shares, one column per histogram, in MiB. */
  static String ownerTable(List<Integer> cases, List<HeapHistogram> histograms) {
    StringBuilder table = new StringBuilder("| Owner of the classes |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (int count : cases) {
      table.append(" ").append(count).append(" cases |");
      rule.append(" ---: |");
    }
    table.append("\n").append(rule).append("\n");
    for (String owner : OWNERS) {
      table.append("| ").append(owner).append(" |");
      for (HeapHistogram histogram : histograms) {
        table.append(" ").append(mib(histogram.bytesByOwner().get(owner))).append(" |");
      }
      table.append("\n");
    }
    table.append("| All live objects |");
    for (HeapHistogram histogram : histograms) {
      table.append(" ").append(mib(histogram.totalBytes())).append(" |");
    }
    return table.append("\n").toString();
  }

  static String mib(long bytes) {
    return bytes / (1024 * 1024) + " MiB";
  }

  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
