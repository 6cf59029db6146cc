package com.exitdesk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@DataJpaTest
@Import(ClientNames.class)
class ClientNamesTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Autowired ClientRepository clients;
  @Autowired ClientNames names;

  @Test
  void namesTheClientsAskedForAndLeavesOutUnknownIds() {
    long ferro = clients.saveAndFlush(new Client("Ferro", "ferro@test.example", "es", NOW)).getId();
    long acme = clients.saveAndFlush(new Client("Acme", "acme@test.example", "en", NOW)).getId();
    clients.saveAndFlush(new Client("Other", "other@test.example", "en", NOW));

    assertThat(names.of(List.of(ferro, acme, 999_999L)))
        .isEqualTo(Map.of(ferro, "Ferro", acme, "Acme"));
  }

  @Test
  void noIdsNoQuery() {
    // Without a database to ask: a statement would fail for want of one.
    ClientNames withoutDatabase = new ClientNames(new JdbcTemplate());

    assertThat(withoutDatabase.of(List.of())).isEmpty();
  }
}
