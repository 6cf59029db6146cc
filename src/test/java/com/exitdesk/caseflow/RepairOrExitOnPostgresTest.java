package com.exitdesk.caseflow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.support.PostgresDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every path of the process again, with the production database: the Flyway migrations build the
 * schema on PostgreSQL, Hibernate validates it, and every repository query and constraint the paths
 * touch runs there.
 */
@ActiveProfiles("postgres")
class RepairOrExitOnPostgresTest extends RepairOrExitProcessTest {

  private static final PostgresDatabase DATABASE = new PostgresDatabase();

  @BeforeAll
  static void postgres() throws SQLException {
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    DATABASE.create();
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
  }
}
