package com.exitdesk.bench;

import com.exitdesk.dev.DevExitDesk;
import com.exitdesk.dev.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * From the JVM's start to the first case accepted, in the development mode (the packaged jar has no
 * embedded engine): the demo client one strike short of a review gets its third strike, which opens
 * a case.
 */
final class StartupBenchmark {

  record Result(Duration toFirstCase, long rssKib) {}

  static Result run() throws Exception {
    int port = FreePort.pick("the app");
    Instant started = Instant.now();
    Process app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DevExitDesk.class.getName(),
                "--server.port=" + port,
                "--exitdesk.engine.port=0",
                "--exitdesk.mail.embedded-server-port=0",
                "--logging.level.root=WARN")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String auth =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString("olivia:olivia".getBytes(StandardCharsets.UTF_8));
      Instant deadline = started.plus(Duration.ofMinutes(3));
      while (Instant.now().isBefore(deadline)) {
        try {
          HttpResponse<String> response =
              http.send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/api/clients/2/incidents"))
                      .header("Authorization", auth)
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"sign\":\"LOSING_MONEY\",\"severity\":\"HIGH\",\"description\":\"Start-up benchmark\",\"occurredOn\":\""
                                  + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                  + "\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 201 && response.body().contains("\"openedCaseId\":")) {
            return new Result(Duration.between(started, Instant.now()), rssKib(app.pid()));
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("No case accepted within 3 minutes of start");
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  private static long rssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private StartupBenchmark() {}
}
