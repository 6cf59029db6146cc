package com.exitdesk.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start-up at once when nothing says which Camunda 8 engine to use. The Camunda client
 * would otherwise dial localhost:26500 for ever and the app would look alive while no case can
 * move. Runs after every other environment post-processor, so the development mode's embedded
 * engine address counts.
 */
public class EngineConfigurationCheck implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (engineConfigured(environment)) {
      return;
    }
    throw new EngineNotConfiguredException();
  }

  static boolean engineConfigured(ConfigurableEnvironment environment) {
    return !environment.getProperty("camunda.client.enabled", Boolean.class, true)
        || environment.getProperty("exitdesk.engine.embedded", Boolean.class, false)
        || "saas".equalsIgnoreCase(environment.getProperty("camunda.client.mode", ""))
        || hasText(environment.getProperty("camunda.client.grpc-address"))
        || hasText(environment.getProperty("camunda.client.cloud.cluster-id"));
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
