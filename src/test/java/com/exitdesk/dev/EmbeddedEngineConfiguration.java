package com.exitdesk.dev;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.util.Arrays;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default mode: an in-memory Zeebe engine inside the application, reached by the Camunda client
 * over gRPC on a loopback port exactly like a real gateway. Nothing it holds survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "exitdesk.engine.embedded", havingValue = "true")
class EmbeddedEngineConfiguration {

  static final String ENGINE_BEAN = "embeddedZeebeEngine";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineConfiguration.class);

  @Bean(name = ENGINE_BEAN, destroyMethod = "stop")
  ZeebeTestEngine embeddedZeebeEngine(EmbeddedEngineProperties properties) {
    ZeebeTestEngine engine = EngineFactory.create(properties.port());
    try {
      engine.start();
    } catch (RuntimeException e) {
      // A half-started engine keeps non-daemon threads alive and the JVM would never exit.
      engine.stop();
      throw e;
    }
    log.warn(
        "Embedded Zeebe engine listening on {} (gRPC). It keeps everything in memory: cases,"
            + " tasks and timers are lost when the application stops. Use the postgres and zeebe"
            + " profiles for a persistent setup.",
        engine.getGatewayAddress());
    return engine;
  }

  /** The client must not reach for the gateway before the engine listens on it. */
  @Bean
  static BeanFactoryPostProcessor camundaClientStartsAfterEmbeddedEngine() {
    return beanFactory ->
        Stream.of(beanFactory.getBeanNamesForType(CamundaClient.class, true, false))
            .map(beanFactory::getBeanDefinition)
            .forEach(definition -> definition.setDependsOn(withEngine(definition.getDependsOn())));
  }

  private static String[] withEngine(String[] dependsOn) {
    if (dependsOn == null) {
      return new String[] {ENGINE_BEAN};
    }
    if (Arrays.asList(dependsOn).contains(ENGINE_BEAN)) {
      return dependsOn;
    }
    String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
    extended[dependsOn.length] = ENGINE_BEAN;
    return extended;
  }
}
