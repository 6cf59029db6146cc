package com.exitdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own on the local PostgreSQL server (127.0.0.1:5432, trust authentication as on
 * the project's machines), created for one test class. Tests that need it are skipped, with the
 * reason, where no server answers.
 */
public final class PostgresDatabase {

  private static final String SERVER =
      System.getProperty("exitdesk.test.postgres", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String ADMIN = System.getProperty("exitdesk.test.postgres.user", "postgres");

  private final String name = "exitdesk_test_" + Instant.now().toEpochMilli();
  private String unavailableReason;

  public boolean available() {
    try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", ADMIN, "")) {
      return true;
    } catch (SQLException e) {
      unavailableReason =
          "No PostgreSQL server at "
              + SERVER
              + " ("
              + e.getMessage()
              + "); start it to run these tests";
      return false;
    }
  }

  public String unavailableReason() {
    return unavailableReason;
  }

  public void create() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", ADMIN, "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
  }

  public void drop() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", ADMIN, "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** Points a Spring test context's datasource at this database. */
  public void register(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", this::url);
    registry.add("spring.datasource.username", this::user);
    registry.add("spring.datasource.password", () -> "");
  }

  public String url() {
    return SERVER + name;
  }

  public String user() {
    return ADMIN;
  }
}
