package com.exitdesk.dev;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The default mode: an in-memory Zeebe engine inside the application, reached by the Camunda client
 * over gRPC on a loopback port exactly like a real gateway. Nothing it holds survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "exitdesk.engine.embedded", havingValue = "true")
class EmbeddedEngineConfiguration {

  static final String ENGINE_BEAN = "embeddedZeebeEngine";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineConfiguration.class);

  /**
   * The engine as started by {@link EngineStart}; stopped by it too, so an engine started for a
   * context that then failed does not keep the JVM alive.
   */
  @Bean(name = ENGINE_BEAN, destroyMethod = "")
  ZeebeTestEngine embeddedZeebeEngine(EngineStart start) {
    ZeebeTestEngine engine = start.await();
    log.warn(
        "Embedded Zeebe engine listening on {} (gRPC). It keeps everything in memory: cases,"
            + " tasks and timers are lost when the application stops. Use the postgres and zeebe"
            + " profiles for a persistent setup.",
        engine.getGatewayAddress());
    return engine;
  }

  /** Runs before any bean is created, so the engine starts while they are. */
  @Bean
  static EngineStart embeddedEngineStart(Environment environment) {
    return new EngineStart(environment.getRequiredProperty("exitdesk.engine.port", Integer.class));
  }

  /**
   * Starts the engine on a thread of its own once the bean definitions are read: the database,
   * Hibernate and the web layer are set up meanwhile (on two cores, seconds of the development
   * mode's start), and only the Camunda client waits for it.
   */
  static final class EngineStart implements BeanFactoryPostProcessor, DisposableBean {

    private final int port;
    private volatile CompletableFuture<ZeebeTestEngine> started;

    EngineStart(int port) {
      this.port = port;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
      started = new CompletableFuture<>();
      Thread.ofPlatform()
          .name("embedded-engine-start")
          .daemon()
          .start(
              () -> {
                ZeebeTestEngine engine = EngineFactory.create(port);
                try {
                  engine.start();
                  started.complete(engine);
                } catch (RuntimeException e) {
                  // A half-started engine keeps non-daemon threads alive: the JVM would never exit.
                  engine.stop();
                  started.completeExceptionally(e);
                }
              });
    }

    ZeebeTestEngine await() {
      try {
        return started.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }

    @Override
    public void destroy() {
      CompletableFuture<ZeebeTestEngine> engine = started;
      if (engine != null) {
        try {
          engine.join().stop();
        } catch (CompletionException failedToStart) {
          // stopped where it failed
        }
      }
    }
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
