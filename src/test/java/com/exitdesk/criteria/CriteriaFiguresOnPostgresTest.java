package com.exitdesk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.criteria.CriteriaFigures.AreaFigure;
import com.exitdesk.criteria.CriteriaFigures.Figures;
import com.exitdesk.criteria.CriteriaFigures.MissedSign;
import com.exitdesk.criteria.CriteriaFigures.Outcome;
import com.exitdesk.criteria.CriteriaFigures.SignFigure;
import com.exitdesk.incident.IncidentArea;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.support.PostgresDatabase;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review's figures from generated histories on PostgreSQL (the migrations build the schema):
 * cases of every status, opened and closed before, inside and after the period and on its edges,
 * with incidents, missed signs, proposed changes and failed repairs. Each seed is one history; the
 * figures must match what the history says, and the counts must add up to the cases of the period.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CriteriaFigures.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CriteriaFiguresOnPostgresTest {

  private static final PostgresDatabase DATABASE = new PostgresDatabase();
  private static final Instant FROM = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");

  @Autowired CriteriaFigures figures;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void postgres() throws SQLException {
    assumeTrue(DATABASE.available(), DATABASE::unavailableReason);
    DATABASE.create();
  }

  @AfterAll
  static void drop() throws SQLException {
    if (DATABASE.available()) {
      DATABASE.drop();
    }
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
  }

  /** One generated case, as the expectations see it. */
  record Generated(
      long id,
      CaseStatus status,
      Instant openedAt,
      Instant closedAt,
      List<WarningSign> incidents,
      List<WarningSign> missed,
      String change,
      int failedRepairs) {

    boolean inPeriod(Instant from) {
      return CriteriaFigures.OUTCOMES.contains(status)
          && closedAt != null
          && !closedAt.isBefore(from)
          && closedAt.isBefore(TO);
    }
  }

  @ParameterizedTest(name = "history {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void theFiguresMatchTheHistoryAndAddUpToTheCasesOfThePeriod(long seed) {
    List<Generated> history = generate(new Random(seed));
    boolean sinceTheFirstCase = seed % 4 == 0;
    Instant from = sinceTheFirstCase ? null : FROM;
    Instant effectiveFrom = sinceTheFirstCase ? Instant.EPOCH : FROM;

    Figures result = figures.of(from, TO);
    List<Generated> period = history.stream().filter(c -> c.inPeriod(effectiveFrom)).toList();

    assertThat(result.cases()).isEqualTo(period.size());
    assertThat(result.outcomes().stream().mapToLong(Outcome::cases).sum())
        .as("the outcomes add up to the cases of the period")
        .isEqualTo(period.size());
    for (Outcome outcome : result.outcomes()) {
      List<Long> days =
          period.stream()
              .filter(c -> c.status() == outcome.outcome())
              .map(c -> Duration.between(c.openedAt(), c.closedAt()).toDays())
              .toList();
      assertThat(outcome.cases()).as(outcome.outcome() + " cases").isEqualTo(days.size());
      assertThat(outcome.medianDays())
          .as(outcome.outcome() + " median days")
          .isEqualTo(CriteriaFigures.median(days));
    }

    Map<WarningSign, long[]> signs = new EnumMap<>(WarningSign.class);
    Map<IncidentArea, long[]> areas = new EnumMap<>(IncidentArea.class);
    for (Generated c : period) {
      int column = c.status() == CaseStatus.REPAIRED ? 0 : c.status() == CaseStatus.EXITED ? 1 : -1;
      if (column < 0) continue;
      for (WarningSign sign : c.incidents()) {
        signs.computeIfAbsent(sign, s -> new long[2])[column]++;
        areas.computeIfAbsent(sign.usualArea(), a -> new long[2])[column]++;
      }
    }
    assertThat(result.signs())
        .containsExactlyInAnyOrderElementsOf(
            signs.entrySet().stream()
                .map(e -> new SignFigure(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList());
    assertThat(result.areas())
        .containsExactlyInAnyOrderElementsOf(
            areas.entrySet().stream()
                .map(e -> new AreaFigure(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList());
    long incidentsBeforeRepairsAndExits =
        period.stream()
            .filter(c -> c.status() == CaseStatus.REPAIRED || c.status() == CaseStatus.EXITED)
            .mapToLong(c -> c.incidents().size())
            .sum();
    assertThat(result.signs().stream().mapToLong(s -> s.beforeRepairs() + s.beforeExits()).sum())
        .as("every incident of a repaired or exited case of the period counts once")
        .isEqualTo(incidentsBeforeRepairsAndExits);

    Map<WarningSign, Long> missed =
        period.stream()
            .flatMap(c -> c.missed().stream())
            .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    assertThat(result.missedSigns())
        .containsExactlyInAnyOrderElementsOf(
            missed.entrySet().stream().map(e -> new MissedSign(e.getKey(), e.getValue())).toList());

    assertThat(result.proposedChanges())
        .extracting(p -> p.caseId())
        .containsExactlyInAnyOrderElementsOf(
            period.stream()
                .filter(c -> c.change() != null && !c.change().isEmpty())
                .map(Generated::id)
                .toList());
    assertThat(result.failedRepairs())
        .extracting(f -> f.caseId(), f -> f.failedRepairs())
        .containsExactlyInAnyOrderElementsOf(
            period.stream()
                .filter(c -> c.failedRepairs() > 0)
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.failedRepairs()))
                .toList());
  }

  private List<Generated> generate(Random random) {
    jdbc.update("delete from incidents");
    jdbc.update("delete from cases");
    jdbc.update("delete from clients");
    long clientId =
        jdbc.queryForObject(
            "insert into clients (name, email, locale, status, created_at)"
                + " values ('Acme', 'acme@test.example', 'en', 'ACTIVE', ?) returning id",
            Long.class,
            Timestamp.from(FROM.minus(Duration.ofDays(400))));
    CaseStatus[] statuses = CaseStatus.values();
    WarningSign[] signs = WarningSign.values();
    Instant[] edges = {FROM, TO, FROM.minusSeconds(1), TO.minusSeconds(1)};
    List<Generated> history = new ArrayList<>();
    int cases = 5 + random.nextInt(40);
    for (int n = 0; n < cases; n++) {
      CaseStatus status = statuses[random.nextInt(statuses.length)];
      Instant closedAt =
          status == CaseStatus.OPEN
              ? null
              : random.nextInt(5) == 0
                  ? edges[random.nextInt(edges.length)]
                  : FROM.minus(Duration.ofDays(60)).plusSeconds(random.nextInt(210 * 86_400));
      Instant openedAt =
          (closedAt != null ? closedAt : TO)
              .minusSeconds(random.nextInt(200 * 86_400))
              .minusSeconds(1);
      List<WarningSign> missed = new ArrayList<>();
      for (WarningSign sign : signs) {
        if (random.nextInt(6) == 0) missed.add(sign);
      }
      String change =
          switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> "";
            default -> "Count missed meetings as strikes " + n;
          };
      int failedRepairs = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
      long caseId =
          jdbc.queryForObject(
              "insert into cases (client_id, status, phase, reason, opened_by, opened_at,"
                  + " closed_at, missed_signs, criteria_change, failed_repairs)"
                  + " values (?, ?, ?, 'Generated', 'test', ?, ?, ?, ?, ?) returning id",
              Long.class,
              clientId,
              status.name(),
              status == CaseStatus.OPEN ? "ASSESSMENT" : "CLOSED",
              Timestamp.from(openedAt),
              closedAt == null ? null : Timestamp.from(closedAt),
              missed.isEmpty()
                  ? null
                  : missed.stream().map(Enum::name).collect(Collectors.joining(",")),
              change,
              failedRepairs);
      List<WarningSign> incidents = new ArrayList<>();
      int count = random.nextInt(5);
      for (int i = 0; i < count; i++) {
        WarningSign sign = signs[random.nextInt(signs.length)];
        incidents.add(sign);
        jdbc.update(
            "insert into incidents (client_id, case_id, area, sign, severity, description,"
                + " occurred_on, reporter, created_at) values (?, ?, ?, ?, 'MEDIUM', 'Generated',"
                + " ?, 'test', ?)",
            clientId,
            caseId,
            sign.usualArea().name(),
            sign.name(),
            java.sql.Date.valueOf("2026-01-15"),
            Timestamp.from(openedAt));
      }
      history.add(
          new Generated(
              caseId, status, openedAt, closedAt, incidents, missed, change, failedRepairs));
    }
    // Incidents no case reviewed yet count for nothing.
    jdbc.update(
        "insert into incidents (client_id, area, sign, severity, description, occurred_on,"
            + " reporter, created_at) values (?, 'ETHICAL', 'VERBAL_ABUSE', 'HIGH', 'Loose',"
            + " ?, 'test', ?)",
        clientId,
        java.sql.Date.valueOf("2026-05-01"),
        Timestamp.from(FROM.plusSeconds(3600)));
    return history;
  }
}
