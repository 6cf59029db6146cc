package com.exitdesk.inbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.support.PostgresDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The completion outbox on the production database: the claim that keeps two senders (two app
 * instances) off one submission is a conditional update whose row lock PostgreSQL takes, and the
 * dispatcher's queries run there.
 */
@ActiveProfiles("postgres")
class CompletionOutboxOnPostgresTest extends CompletionOutboxTest {

  private static final PostgresDatabase DATABASE = new PostgresDatabase();

  @BeforeAll
  static void postgres() throws SQLException {
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    DATABASE.create();
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
    // The production profile has no demo accounts; the API calls here sign in as olivia.
    registry.add("exitdesk.users.demo-users", () -> "true");
  }
}
