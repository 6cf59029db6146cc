package com.exitdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClientConfiguration;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.impl.NoopCredentialsProvider;
import io.camunda.client.impl.oauth.OAuthCredentialsProvider;
import io.camunda.client.spring.configuration.CamundaClientProdAutoConfiguration;
import io.camunda.client.spring.properties.CamundaClientAuthProperties.AuthMethod;
import io.camunda.client.spring.properties.CamundaClientProperties;
import io.camunda.client.spring.properties.CamundaClientProperties.ClientMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine settings the production profiles resolve to, read from the Camunda starter's own
 * beans: the application files and the starter's mode defaults are applied exactly as at start-up
 * (the environment post-processors run), but the context holds only the client's configuration,
 * created lazily, so no client is built and nothing dials the cluster.
 */
class EngineModeConfigurationTest {

  @Test
  void camundaSaasResolvesTheClustersCloudAddressesAndOAuth() {
    try (ConfigurableApplicationContext context =
        start(
            Map.of(
                "CAMUNDA_CLUSTER_ID", "3f1c2b7a-test",
                "CAMUNDA_CLUSTER_REGION", "jfk-1",
                "CAMUNDA_CLIENT_ID", "exit-desk-client",
                "CAMUNDA_CLIENT_SECRET", "not-a-real-secret"),
            "postgres",
            "zeebe",
            "saas")) {
      CamundaClientProperties properties = context.getBean(CamundaClientProperties.class);
      assertThat(properties.getMode()).isEqualTo(ClientMode.saas);
      assertThat(properties.getAuth().getMethod()).isEqualTo(AuthMethod.oidc);
      assertThat(properties.getAuth().getClientId()).isEqualTo("exit-desk-client");
      assertThat(properties.getAuth().getClientSecret()).isEqualTo("not-a-real-secret");
      assertThat(properties.getAuth().getTokenUrl())
          .isEqualTo(URI.create("https://login.cloud.camunda.io/oauth/token"));
      assertThat(properties.getAuth().getAudience()).isEqualTo("zeebe.camunda.io");

      CamundaClientConfiguration client = context.getBean(CamundaClientConfiguration.class);
      assertThat(client.getGrpcAddress())
          .isEqualTo(URI.create("https://3f1c2b7a-test.jfk-1.zeebe.camunda.io:443"));
      assertThat(client.getRestAddress())
          .isEqualTo(URI.create("https://jfk-1.zeebe.camunda.io:443/3f1c2b7a-test"));
      assertThat(client.getCredentialsProvider()).isInstanceOf(OAuthCredentialsProvider.class);
    }
  }

  @Test
  void selfManagedWithoutTheSaasProfileUsesTheGatewayAddressesGiven() {
    try (ConfigurableApplicationContext context =
        start(
            Map.of(
                "ZEEBE_GRPC_ADDRESS", "http://orchestration:26500",
                "ZEEBE_REST_ADDRESS", "http://orchestration:8080",
                "CAMUNDA_AUTH_METHOD", "none"),
            "postgres",
            "zeebe")) {
      CamundaClientProperties properties = context.getBean(CamundaClientProperties.class);
      assertThat(properties.getMode()).isEqualTo(ClientMode.selfManaged);
      assertThat(properties.getAuth().getMethod()).isEqualTo(AuthMethod.none);

      CamundaClientConfiguration client = context.getBean(CamundaClientConfiguration.class);
      assertThat(client.getGrpcAddress()).isEqualTo(URI.create("http://orchestration:26500"));
      assertThat(client.getRestAddress()).isEqualTo(URI.create("http://orchestration:8080"));
      CredentialsProvider credentials = client.getCredentialsProvider();
      assertThat(credentials).isInstanceOf(NoopCredentialsProvider.class);
    }
  }

  @Test
  void saasWithoutAClusterIdDoesNotStart() {
    try (ConfigurableApplicationContext context =
        start(
            Map.of(
                "CAMUNDA_CLUSTER_REGION", "jfk-1",
                "CAMUNDA_CLIENT_ID", "exit-desk-client",
                "CAMUNDA_CLIENT_SECRET", "not-a-real-secret"),
            "zeebe",
            "saas")) {
      assertThatThrownBy(() -> context.getBean(CamundaClientConfiguration.class))
          .hasStackTraceContaining("Unable to set value for property grpc-address");
    }
  }

  private static ConfigurableApplicationContext start(
      Map<String, String> environment, String... profiles) {
    Map<String, Object> properties = new HashMap<>(environment);
    // Only what is asked for is created: the client configuration, not the client.
    properties.put("spring.main.lazy-initialization", true);
    return new SpringApplicationBuilder(ClientConfigurationOnly.class)
        .web(WebApplicationType.NONE)
        .profiles(profiles)
        .properties(properties)
        .run();
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    JacksonAutoConfiguration.class,
    CamundaClientProdAutoConfiguration.class
  })
  static class ClientConfigurationOnly {

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
