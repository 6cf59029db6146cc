package com.exitdesk.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Tells H2, the in-memory mode's database, that an inbox task's status has only a handful of
 * values. H2 plans a statement once per connection and keeps the plan, and in that mode it plans
 * them while the tables are still empty, assuming any column tells half the rows apart. It then
 * read the one task a step records, or a case's tasks, through the status index: through every task
 * with that status, of every case, ever. The statistics H2 gathers later replace this figure, but
 * not the plans already made. PostgreSQL plans with statistics of its own and is left alone.
 */
@Component
class InboxStatusSelectivity implements Callback {

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection connection = context.getConnection();
    try {
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        // 1 of 100: as unselective as H2's scale goes.
        statement.execute("alter table inbox_tasks alter column status selectivity 1");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot give H2 the inbox status's selectivity", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "inbox-status-selectivity";
  }
}
