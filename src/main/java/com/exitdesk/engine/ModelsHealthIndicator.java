package com.exitdesk.engine;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** DOWN until the process models are deployed; a failed deployment is being retried meanwhile. */
@Component("models")
class ModelsHealthIndicator extends AbstractHealthIndicator {

  private final ModelDeployment models;

  ModelsHealthIndicator(ModelDeployment models) {
    super("The process models are not deployed");
    this.models = models;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    if (models.deployment() != null) {
      builder.up().withDetail("deploymentKey", models.deployment().getKey());
    } else {
      builder
          .down()
          .withDetail("attempts", models.attempts())
          .withDetail("lastFailure", String.valueOf(models.lastFailure()));
    }
  }
}
