package com.exitdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Runs a Spring test class on the production database: the {@code postgres} profile and a
 * PostgreSQL database of the class's own, created when its application context starts and dropped
 * when the context closes. The class is skipped, with the reason, where no server answers. A
 * subclass of an H2 test so annotated runs the same tests there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("postgres")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ExtendWith(OnPostgres.ServerAnswers.class)
public @interface OnPostgres {

  /** Skips the class, before any context starts, where no PostgreSQL server answers. */
  final class ServerAnswers implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (context.getTestMethod().isPresent()) {
        return ConditionEvaluationResult.enabled("the class's condition held");
      }
      PostgresDatabase probe = new PostgresDatabase();
      return probe.available()
          ? ConditionEvaluationResult.enabled("PostgreSQL answers")
          : ConditionEvaluationResult.disabled(probe.unavailableReason());
    }
  }

  /** Registered in {@code META-INF/spring.factories} of the tests. */
  final class DatabaseFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
        Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
      return TestContextAnnotationUtils.hasAnnotation(testClass, OnPostgres.class)
          ? new DatabaseOfItsOwn(testClass)
          : null;
    }
  }

  /** One per annotated class, so no two classes share a context or a database. */
  record DatabaseOfItsOwn(Class<?> testClass) implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      PostgresDatabase database = new PostgresDatabase();
      try {
        database.create();
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create a PostgreSQL database for " + testClass, e);
      }
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "postgres-database-of-" + testClass.getName(),
                  Map.of(
                      "spring.datasource.url", database.url(),
                      "spring.datasource.username", database.user(),
                      "spring.datasource.password", "")));
      // Registered before every bean of the context, so run after they are destroyed: the
      // connection pool is closed by then.
      ((DefaultSingletonBeanRegistry) context.getBeanFactory())
          .registerDisposableBean("postgresDatabaseOfItsOwn", database::drop);
    }
  }
}
