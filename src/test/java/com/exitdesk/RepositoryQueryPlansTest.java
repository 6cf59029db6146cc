package com.exitdesk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.data.repository.Repository;

/**
 * Every query the repositories run is planned once. Hibernate 6.6 keeps the plan of a query string,
 * but translates a query Spring Data derives from a method name (a criteria query, copied at every
 * call) again each time, as it does any query with a list parameter. On the exit path those
 * translations were 3 % of the whole run's CPU. So each query method states its query, unless it
 * takes a list, which no form of the query would let Hibernate keep.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class RepositoryQueryPlansTest {

  /** An argument of each type the query methods take. */
  private static final Map<Class<?>, Object> SAMPLES =
      Map.ofEntries(
          Map.entry(Long.class, 1L),
          Map.entry(long.class, 1L),
          Map.entry(int.class, 1),
          Map.entry(String.class, "2026-01"),
          Map.entry(LocalDate.class, LocalDate.of(2026, 1, 1)),
          Map.entry(Instant.class, Instant.parse("2026-01-01T00:00:00Z")),
          Map.entry(Pageable.class, PageRequest.of(0, 10)));

  @Autowired ApplicationContext context;
  @Autowired EntityManagerFactory entityManagerFactory;

  @Test
  void everyQueryMethodWithoutAListStatesItsQuery() throws Exception {
    List<String> derived = new ArrayList<>();
    for (Method method : queryMethods()) {
      if (!method.isAnnotationPresent(Query.class) && !takesAList(method)) {
        derived.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
      }
    }

    assertThat(derived).as("query methods Spring Data derives from their names").isEmpty();
  }

  @Test
  void aSecondCallOfEachQueryReusesTheFirstCallsPlan() throws Exception {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    List<String> translatedAgain = new ArrayList<>();
    for (Method method : queryMethods()) {
      Query query = method.getAnnotation(Query.class);
      if (takesAList(method)
          || method.isAnnotationPresent(Modifying.class)
          || (query != null && query.nativeQuery())) {
        continue;
      }
      Object repository = context.getBean(method.getDeclaringClass());
      Object[] arguments = Arrays.stream(method.getParameterTypes()).map(this::sample).toArray();
      method.setAccessible(true);
      method.invoke(repository, arguments);
      long hitsBefore = statistics.getQueryPlanCacheHitCount();
      method.invoke(repository, arguments);
      if (statistics.getQueryPlanCacheHitCount() == hitsBefore) {
        translatedAgain.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
      }
    }

    assertThat(translatedAgain)
        .as("queries Hibernate translated again at their second call")
        .isEmpty();
  }

  /** The methods of the app's repositories that run a query, not one of Spring Data's own. */
  private static List<Method> queryMethods() throws ClassNotFoundException {
    var scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isInterface();
          }
        };
    scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
    List<Method> methods = new ArrayList<>();
    for (var definition : scanner.findCandidateComponents("com.exitdesk")) {
      Class<?> repository = Class.forName(definition.getBeanClassName());
      for (Method method : repository.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && !implementedBySpringData(method)) {
          methods.add(method);
        }
      }
    }
    assertThat(methods).as("the repositories' query methods").hasSizeGreaterThan(40);
    return methods;
  }

  /** Like {@code save(AuditEvent)}, which Spring Data routes to its {@code save(S)}. */
  private static boolean implementedBySpringData(Method method) {
    return Arrays.stream(SimpleJpaRepository.class.getMethods())
        .anyMatch(
            own ->
                own.getName().equals(method.getName())
                    && own.getParameterCount() == method.getParameterCount()
                    && parametersAccept(own.getParameterTypes(), method.getParameterTypes()));
  }

  private static boolean parametersAccept(Class<?>[] declared, Class<?>[] given) {
    for (int i = 0; i < declared.length; i++) {
      if (!declared[i].isAssignableFrom(given[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean takesAList(Method method) {
    return Arrays.stream(method.getParameterTypes()).anyMatch(Collection.class::isAssignableFrom);
  }

  private Object sample(Class<?> type) {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Object sample = SAMPLES.get(type);
    assertThat(sample).as("a sample argument of type " + type.getName()).isNotNull();
    return sample;
  }
}
