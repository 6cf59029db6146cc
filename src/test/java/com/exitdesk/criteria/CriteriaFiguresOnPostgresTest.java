package com.exitdesk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.client.ClientService;
import com.exitdesk.criteria.CriteriaFigures.AreaFigure;
import com.exitdesk.criteria.CriteriaFigures.ClientStrikes;
import com.exitdesk.criteria.CriteriaFigures.Figures;
import com.exitdesk.criteria.CriteriaFigures.MissedSign;
import com.exitdesk.criteria.CriteriaFigures.Outcome;
import com.exitdesk.criteria.CriteriaFigures.RuleFigure;
import com.exitdesk.criteria.CriteriaFigures.SignFigure;
import com.exitdesk.incident.IncidentArea;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.support.PostgresDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
 * with incidents, missed signs, proposed changes, failed repairs and the rule that fired, and a
 * portfolio of clients with strikes and ledger months around the period's edges. Each seed is one
 * history; the figures must match what the history says, and the counts must add up to the cases
 * (and the strikes) of the period.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CriteriaFigures.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CriteriaFiguresOnPostgresTest {

  private static final PostgresDatabase DATABASE = new PostgresDatabase();
  private static final Instant FROM = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant PREVIOUS_FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final String[] RULES = {
    "rule_abuse_fast_exit", "rule_third_strike_repair", "rule_benefit_of_doubt_monitor", null
  };
  private static final String[] MONTHS = {
    "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
    "2026-07"
  };

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
      int failedRepairs,
      String rule) {

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

    Instant previousFrom = seed % 3 == 0 ? null : PREVIOUS_FROM;
    Figures result = figures.of(from, TO, previousFrom);
    List<Generated> period = history.stream().filter(c -> c.inPeriod(effectiveFrom)).toList();

    Map<String, Long> byRule = new HashMap<>();
    period.forEach(c -> byRule.merge(String.valueOf(c.rule()), 1L, Long::sum));
    assertThat(result.rules().stream().mapToLong(RuleFigure::cases).sum())
        .as("the rules add up to the cases of the period")
        .isEqualTo(period.size());
    assertThat(result.rules())
        .extracting(r -> String.valueOf(r.rule()), RuleFigure::cases)
        .containsExactlyInAnyOrderElementsOf(
            byRule.entrySet().stream()
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                .toList());
    assertThat(result.caseRules())
        .extracting(r -> r.caseId(), r -> String.valueOf(r.rule()))
        .containsExactlyInAnyOrderElementsOf(
            period.stream()
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), String.valueOf(c.rule())))
                .toList());

    // Without a period start there is no previous review; a previous one without a start ran
    // from the first case.
    assertPortfolio(
        result,
        effectiveFrom,
        from == null ? null : previousFrom == null ? Instant.EPOCH : previousFrom);

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

  /** The incidents and ledger months of the portfolio, by client. */
  private final Map<Long, List<LocalDate>> strikesOf = new HashMap<>();

  private final Map<Long, Map<String, BigDecimal[]>> ledgerOf = new HashMap<>();

  /**
   * @param previousFrom null when there is no previous review to compare with
   */
  private void assertPortfolio(Figures result, Instant from, Instant previousFrom) {
    LocalDate fromDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
    LocalDate toDay = LocalDate.ofInstant(TO, ZoneOffset.UTC);
    String fromMonth = YearMonth.from(fromDay).toString();
    String toMonth = YearMonth.from(toDay).toString();
    List<ClientStrikes> expected = new ArrayList<>();
    long strikesOfThePeriod = 0;
    for (Long client : ledgerOf.keySet()) {
      long strikes =
          strikesOf.getOrDefault(client, List.of()).stream()
              .filter(day -> !day.isBefore(fromDay) && day.isBefore(toDay))
              .count();
      strikesOfThePeriod += strikes;
      BigDecimal margin = margin(client, fromMonth, toMonth);
      if (strikes == 0 && margin == null) continue;
      BigDecimal before =
          previousFrom == null
              ? null
              : margin(
                  client,
                  YearMonth.from(LocalDate.ofInstant(previousFrom, ZoneOffset.UTC)).toString(),
                  fromMonth);
      expected.add(new ClientStrikes(client, "Client " + client, strikes, margin, before));
    }
    assertThat(result.portfolio())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("clientName")
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.portfolio().stream().mapToLong(ClientStrikes::strikes).sum())
        .as("every strike of the period counts once, for its client")
        .isEqualTo(strikesOfThePeriod);
    assertThat(result.portfolio())
        .as("the most strikes first")
        .isSortedAccordingTo(java.util.Comparator.comparingLong(ClientStrikes::strikes).reversed());
  }

  private BigDecimal margin(long client, String fromMonth, String toMonth) {
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    boolean any = false;
    for (Map.Entry<String, BigDecimal[]> month : ledgerOf.get(client).entrySet()) {
      if (month.getKey().compareTo(fromMonth) >= 0 && month.getKey().compareTo(toMonth) < 0) {
        revenue = revenue.add(month.getValue()[0]);
        cost = cost.add(month.getValue()[1]);
        any = true;
      }
    }
    return any ? ClientService.marginPercent(revenue, cost) : null;
  }

  private List<Generated> generate(Random random) {
    jdbc.update("delete from incidents");
    jdbc.update("delete from ledger_entries");
    jdbc.update("delete from cases");
    jdbc.update("delete from clients");
    strikesOf.clear();
    ledgerOf.clear();
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
      String rule = RULES[random.nextInt(RULES.length)];
      long caseId =
          jdbc.queryForObject(
              "insert into cases (client_id, status, phase, reason, opened_by, opened_at,"
                  + " closed_at, missed_signs, criteria_change, failed_repairs, matched_rule)"
                  + " values (?, ?, ?, 'Generated', 'test', ?, ?, ?, ?, ?, ?) returning id",
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
              failedRepairs,
              rule);
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
        strikesOf.computeIfAbsent(clientId, k -> new ArrayList<>()).add(LocalDate.of(2026, 1, 15));
      }
      history.add(
          new Generated(
              caseId, status, openedAt, closedAt, incidents, missed, change, failedRepairs, rule));
    }
    strikesOf.computeIfAbsent(clientId, k -> new ArrayList<>()).add(LocalDate.of(2026, 5, 1));
    ledgerOf.put(clientId, new HashMap<>());
    generatePortfolio(random);
    ledger(random, clientId);
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

  /**
   * Clients with strikes on and around the period's edges, some losing money, some with no ledger
   * in the period, some with nothing at all in it.
   */
  private void generatePortfolio(Random random) {
    LocalDate[] days = {
      LocalDate.of(2026, 3, 31),
      LocalDate.of(2026, 4, 1),
      LocalDate.of(2026, 6, 30),
      LocalDate.of(2026, 7, 1),
      LocalDate.of(2025, 12, 31),
      LocalDate.of(2026, 5, 20)
    };
    int clients = 1 + random.nextInt(8);
    for (int n = 0; n < clients; n++) {
      long client =
          jdbc.queryForObject(
              "insert into clients (name, email, locale, status, created_at)"
                  + " values (?, ?, 'es', 'ACTIVE', ?) returning id",
              Long.class,
              "Generated " + n,
              "client" + n + "@test.example",
              Timestamp.from(FROM.minus(Duration.ofDays(400))));
      jdbc.update("update clients set name = ? where id = ?", "Client " + client, client);
      ledgerOf.put(client, new HashMap<>());
      int strikes = random.nextInt(5);
      for (int i = 0; i < strikes; i++) {
        LocalDate day = days[random.nextInt(days.length)];
        jdbc.update(
            "insert into incidents (client_id, area, sign, severity, description, occurred_on,"
                + " reporter, created_at) values (?, 'FINANCIAL', 'LOSING_MONEY', 'MEDIUM',"
                + " 'Generated', ?, 'test', ?)",
            client,
            java.sql.Date.valueOf(day),
            Timestamp.from(FROM));
        strikesOf.computeIfAbsent(client, k -> new ArrayList<>()).add(day);
      }
      ledger(random, client);
    }
  }

  private void ledger(Random random, long client) {
    for (String month : MONTHS) {
      if (random.nextInt(3) == 0) continue;
      BigDecimal revenue = BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(5000));
      BigDecimal cost = BigDecimal.valueOf(random.nextInt(5000));
      jdbc.update(
          "insert into ledger_entries (client_id, ledger_month, revenue, cost, hours)"
              + " values (?, ?, ?, ?, 10)",
          client,
          month,
          revenue,
          cost);
      ledgerOf.get(client).put(month, new BigDecimal[] {revenue, cost});
    }
  }
}
