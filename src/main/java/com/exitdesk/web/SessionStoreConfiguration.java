package com.exitdesk.web;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in the database (the postgres profile, see application.yaml) record their last access at
 * most once per {@code exitdesk.security.session.record-access-every} (a minute by default; {@code
 * PT0S} records every request, as Spring Session alone does). See {@link
 * CoarseAccessSessionRepository}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

  /**
   * Wraps the repository Spring Boot configures, so that its settings (timeout, table, clean-up)
   * stay Boot's. Static: a post-processor is created before the other beans.
   */
  @Bean
  static BeanPostProcessor coarseSessionAccess(Environment environment) {
    Duration resolution =
        DurationStyle.detectAndParse(
            environment.getProperty("exitdesk.security.session.record-access-every", "PT1M"));
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JdbcIndexedSessionRepository sessions
            ? new CoarseAccessSessionRepository(sessions, resolution)
            : bean;
      }
    };
  }
}
