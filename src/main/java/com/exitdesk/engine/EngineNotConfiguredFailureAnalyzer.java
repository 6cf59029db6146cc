package com.exitdesk.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without an engine into a message that says how to give it one. */
class EngineNotConfiguredFailureAnalyzer
    extends AbstractFailureAnalyzer<EngineNotConfiguredException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EngineNotConfiguredException cause) {
    return new FailureAnalysis(
        "Exit Desk needs a Camunda 8 engine, and none is configured.",
        """
        Either point it at your Camunda 8 cluster:
          - self-managed: SPRING_PROFILES_ACTIVE=postgres,zeebe with ZEEBE_GRPC_ADDRESS and
            ZEEBE_REST_ADDRESS (or camunda.client.grpc-address / rest-address);
          - Camunda SaaS: SPRING_PROFILES_ACTIVE=postgres,zeebe,saas with CAMUNDA_CLUSTER_ID,
            CAMUNDA_CLUSTER_REGION, CAMUNDA_CLIENT_ID and CAMUNDA_CLIENT_SECRET;
        or try it out with the embedded engine, demo data and a mail catcher, from the source tree:
          ./mvnw spring-boot:test-run
        See the README's "Run" and "Production" sections.""",
        cause);
  }
}
