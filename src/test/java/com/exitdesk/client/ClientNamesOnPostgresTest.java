package com.exitdesk.client;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.support.PostgresDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ids go to PostgreSQL as one bigint array. */
@ActiveProfiles("postgres")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ClientNamesOnPostgresTest extends ClientNamesTest {

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
