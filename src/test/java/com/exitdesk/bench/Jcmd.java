package com.exitdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Diagnostic commands sent to another JVM of this user's, with the running JDK's {@code jcmd}. */
final class Jcmd {

  static String run(long pid, String command) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid),
                command)
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!jcmd.waitFor(5, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
      jcmd.destroyForcibly();
      throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
    }
    return output;
  }

  private Jcmd() {}
}
