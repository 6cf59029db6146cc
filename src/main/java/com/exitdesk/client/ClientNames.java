package com.exitdesk.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The names of clients by id, for the lists that show many rows: an inbox page, the cases. One
 * statement takes the ids as one array, so it stays the same statement whatever their number: as a
 * query with a list parameter, Hibernate translated it again at every look at an inbox (a list
 * keeps a query out of its plan cache), and built objects for rows that need none.
 */
@Component
class ClientNames {

  private final JdbcTemplate jdbc;

  ClientNames(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Unknown ids are left out. */
  Map<Long, String> of(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.query(
        "select id, name from clients where id = any(?)",
        statement ->
            statement.setArray(
                1, statement.getConnection().createArrayOf("BIGINT", ids.toArray(Long[]::new))),
        (RowCallbackHandler) row -> names.put(row.getLong("id"), row.getString("name")));
    return names;
  }
}
