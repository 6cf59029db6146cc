package com.exitdesk.engine;

import io.camunda.client.spring.annotation.customizer.LegacyJobWorkerValueCustomizerBeanDefinitionRegistryPostProcessor;
import io.camunda.zeebe.spring.client.annotation.customizer.ZeebeWorkerValueCustomizer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Keeps the Camunda starter (8.8.14) from wrapping beans it mistakes for the deprecated {@link
 * ZeebeWorkerValueCustomizer}. Its {@link
 * LegacyJobWorkerValueCustomizerBeanDefinitionRegistryPostProcessor} asks whether a bean's type is
 * assignable <em>from</em> the interface, so every bean whose definition only says {@code Object}
 * matches. Started from Spring's ahead-of-time bean definitions ({@code -Dspring.aot.enabled=true},
 * as the production image runs), springdoc's {@code initExtraSchemas} is such a bean, and the
 * adapter the processor adds fails the start with a NullPointerException (camunda/camunda#49131,
 * fixed upstream after 8.8.14). The processor only exists for those legacy customizers, and the app
 * has none, so its definition is removed before it runs (this runs in the ordered round, before the
 * unordered post-processors such as that one); the build-time processing then leaves it out of the
 * generated bean definitions as well.
 */
@Component
class MistakenWorkerCustomizers
    implements BeanDefinitionRegistryPostProcessor, Ordered, SmartInitializingSingleton {

  private ListableBeanFactory beans;

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    if (registry instanceof ListableBeanFactory listable) {
      for (String name :
          listable.getBeanNamesForType(
              LegacyJobWorkerValueCustomizerBeanDefinitionRegistryPostProcessor.class,
              true,
              false)) {
        registry.removeBeanDefinition(name);
      }
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    this.beans = beanFactory;
  }

  /**
   * A legacy customizer added to the app later would otherwise be ignored without a word. Asked
   * once every singleton exists, when the bean types are known: asked while the bean factory is
   * post-processed, it would work out every bean's type ahead of its creation (the start-up section
   * was a few hundred milliseconds slower that way, about the spread of its runs).
   */
  @Override
  public void afterSingletonsInstantiated() {
    String[] legacy = beans.getBeanNamesForType(ZeebeWorkerValueCustomizer.class, true, false);
    if (legacy.length > 0) {
      throw new IllegalStateException(
          "Implement JobWorkerValueCustomizer instead of the deprecated ZeebeWorkerValueCustomizer"
              + " in "
              + String.join(", ", legacy)
              + ": the starter's adapter for it is off (MistakenWorkerCustomizers)");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
