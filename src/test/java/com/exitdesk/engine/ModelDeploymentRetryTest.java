package com.exitdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.exitdesk.ExitDeskApplication;
import com.exitdesk.caseflow.ProcessConstants;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The engine is not serving when the application starts, as when the app wins the race against a
 * gateway still starting up. The app starts anyway, reports the models DOWN while it retries the
 * deployment, and deploys them once the engine listens on that address.
 */
class ModelDeploymentRetryTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
  void theAppStaysUpUntilTheEngineTakesTheModels() throws Exception {
    int gatewayPort = freePort();
    ZeebeTestEngine engine = EngineFactory.create(gatewayPort);
    // The app closes while the engine still answers: closing the client's workers against a gateway
    // that is gone waits on their polls, which under a loaded machine hung the build once.
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ExitDeskApplication.class)
            .profiles("test")
            .run(
                "--server.port=0",
                "--exitdesk.engine.embedded=false",
                "--camunda.client.mode=self-managed",
                "--camunda.client.grpc-address=http://127.0.0.1:" + gatewayPort,
                "--camunda.client.rest-address=http://127.0.0.1:" + freePort(),
                "--camunda.client.prefer-rest-over-grpc=false",
                // Job streams are not what this test is about, and closing a client whose streams
                // kept reconnecting to the absent gateway hung once for good in
                // JobStreamerImpl.close (a lock in the Camunda client, 8.8.14); workers poll here.
                "--camunda.client.worker.defaults.stream-enabled=false")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      ModelDeployment models = app.getBean(ModelDeployment.class);

      assertThat(models.deployment()).as("nothing answered the first attempt").isNull();
      assertThat(status(port, "/actuator/health/models")).isEqualTo(503);
      assertThat(status(port, "/actuator/health")).isEqualTo(503);
      assertThat(status(port, "/actuator/health/liveness")).as("the app is alive").isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> models.attempts() >= 2); // retried, not given up

      engine.start();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> status(port, "/actuator/health/models") == 200);
      assertThat(models.deployment().getProcesses())
          .extracting(Process::getBpmnProcessId)
          .contains(ProcessConstants.PROCESS_ID);
      await().atMost(Duration.ofSeconds(30)).until(() -> status(port, "/actuator/health") == 200);
    } finally {
      engine.stop();
    }
  }

  private int status(int port, String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
