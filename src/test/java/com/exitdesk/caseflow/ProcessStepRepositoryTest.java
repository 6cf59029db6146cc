package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/**
 * The step ledger's table as the ledger uses it: a step it has just found missing is written with
 * one statement, not looked up first because its key is the engine's rather than generated.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ProcessStepRepositoryTest {

  @Autowired ProcessStepRepository steps;
  @Autowired EntityManager entityManager;

  private Statistics statistics;

  @BeforeEach
  void countStatements() {
    statistics =
        entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
  }

  @Test
  void aNewStepIsInsertedWithoutBeingLookedUpFirst() {
    steps.save(step(100L));
    entityManager.flush();

    assertThat(statistics.getEntityInsertCount()).isEqualTo(1);
    assertThat(statistics.getPrepareStatementCount()).as("the insert alone").isEqualTo(1);
  }

  @Test
  void aStepReadBackIsNotNewAndIsUpdatedNotInsertedAgain() {
    steps.saveAndFlush(step(101L));
    entityManager.clear();

    ProcessStep read = steps.findById(101L).orElseThrow();
    assertThat(read.isNew()).isFalse();
    steps.saveAndFlush(read);
    assertThat(statistics.getEntityInsertCount()).isEqualTo(1);
    assertThat(steps.count()).isEqualTo(1);
  }

  private static ProcessStep step(long elementInstanceKey) {
    return new ProcessStep(
        elementInstanceKey,
        7L,
        "exitdesk.collect-evidence",
        "task_collect",
        Instant.parse("2026-12-07T10:00:00Z"));
  }
}
