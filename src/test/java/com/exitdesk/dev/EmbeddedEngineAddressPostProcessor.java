package com.exitdesk.dev;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the Camunda client at the embedded engine before any bean reads the client settings, so
 * the embedded mode needs no {@code camunda.client.*} configuration and a port of 0 (used by the
 * tests) still yields one consistent address.
 */
public class EmbeddedEngineAddressPostProcessor implements EnvironmentPostProcessor {

  static final String PROPERTY_SOURCE_NAME = "exitdeskEmbeddedEngine";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty("exitdesk.engine.embedded", Boolean.class, false)) {
      return;
    }
    int port = environment.getProperty("exitdesk.engine.port", Integer.class, 26500);
    if (port == 0) {
      port = FreePort.pick("the embedded Zeebe engine");
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                PROPERTY_SOURCE_NAME,
                Map.of(
                    "exitdesk.engine.port",
                    port,
                    "camunda.client.mode",
                    "self-managed",
                    "camunda.client.grpc-address",
                    "http://127.0.0.1:" + port,
                    "camunda.client.prefer-rest-over-grpc",
                    false)));
  }
}
