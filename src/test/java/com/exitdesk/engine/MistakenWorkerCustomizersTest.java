package com.exitdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.annotation.customizer.JobWorkerValueCustomizer;
import io.camunda.client.spring.annotation.customizer.LegacyJobWorkerValueCustomizerBeanDefinitionRegistryPostProcessor;
import io.camunda.zeebe.spring.client.annotation.customizer.ZeebeWorkerValueCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class MistakenWorkerCustomizersTest {

  /**
   * A bean whose definition only says {@code Object}, as springdoc's {@code initExtraSchemas} does
   * among Spring's build-time bean definitions: the starter's legacy processor takes it for a
   * deprecated worker customizer and wraps it in an adapter that cannot be built.
   */
  private static GenericApplicationContext withBeanTypedObject() {
    GenericApplicationContext context = new GenericApplicationContext();
    context.registerBean("initExtraSchemas", Object.class, Object::new);
    context.registerBean(
        "legacyJobWorkerValueCustomizerBeanPostProcessor",
        LegacyJobWorkerValueCustomizerBeanDefinitionRegistryPostProcessor.class);
    return context;
  }

  @Test
  void withoutItTheStartersLegacyProcessorWrapsABeanThatIsNoCustomizer() {
    try (GenericApplicationContext context = withBeanTypedObject()) {
      assertThatThrownBy(context::refresh).hasMessageContaining("initExtraSchemas_Compat");
    }
  }

  @Test
  void theLegacyProcessorIsRemovedBeforeItRunsAndTheContextStarts() {
    try (GenericApplicationContext context = withBeanTypedObject()) {
      context.registerBean(MistakenWorkerCustomizers.class);
      context.refresh();

      assertThat(context.getBeanNamesForType(JobWorkerValueCustomizer.class)).isEmpty();
      assertThat(
              context.getBeanNamesForType(
                  LegacyJobWorkerValueCustomizerBeanDefinitionRegistryPostProcessor.class))
          .isEmpty();
      assertThat(context.getBean("initExtraSchemas")).isNotNull();
    }
  }

  @Test
  void aRealLegacyCustomizerStopsTheStartInsteadOfBeingIgnored() {
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      context.registerBean("oldCustomizer", ZeebeWorkerValueCustomizer.class, () -> worker -> {});
      context.registerBean(
          "legacyJobWorkerValueCustomizerBeanPostProcessor",
          LegacyJobWorkerValueCustomizerBeanDefinitionRegistryPostProcessor.class);
      context.registerBean(MistakenWorkerCustomizers.class);

      assertThatThrownBy(context::refresh)
          .hasMessageContaining("oldCustomizer")
          .hasMessageContaining("JobWorkerValueCustomizer");
    }
  }
}
