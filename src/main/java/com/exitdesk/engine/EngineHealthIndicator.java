package com.exitdesk.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** UP while the Zeebe gateway answers a topology request: the engine is reachable. */
@Component("engine")
class EngineHealthIndicator extends AbstractHealthIndicator {

  private final CamundaClient client;

  EngineHealthIndicator(CamundaClient client) {
    super("The process engine is unreachable");
    this.client = client;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Topology topology =
        client.newTopologyRequest().requestTimeout(Duration.ofSeconds(3)).send().join();
    builder.up().withDetail("brokers", topology.getBrokers().size());
  }
}
