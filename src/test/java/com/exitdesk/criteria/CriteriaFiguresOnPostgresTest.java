package com.exitdesk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.client.ClientLedger;
import com.exitdesk.client.ProfitabilityProperties;
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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@Import({CriteriaFigures.class, PortfolioFigures.class})
@EnableConfigurationProperties(ProfitabilityProperties.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CriteriaFiguresOnPostgresTest {

  private static final PostgresDatabase DATABASE = new PostgresDatabase();
  private static final Instant FROM = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");

  /** The default exitdesk.evidence.ledger-months: the months that judge profitability. */
  private static final int LEDGER_MONTHS = 6;

  private static final String[] RULES = {
    "rule_abuse_fast_exit", "rule_third_strike_repair", "rule_benefit_of_doubt_monitor", null
  };
  private static final String[] MONTHS = {
    "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04",
    "2026-05", "2026-06", "2026-07"
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

    Figures result = figures.of(from, TO);
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

    assertPortfolio(result, effectiveFrom, from != null);

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

  /** When each client's incidents were logged, and its ledger months. */
  private final Map<Long, List<Instant>> strikesOf = new HashMap<>();

  private final Map<Long, Map<String, BigDecimal[]>> ledgerOf = new HashMap<>();

  private final Map<Long, String> names = new HashMap<>();

  /**
   * @param compared whether the period began at a previous review, whose margins it compares with
   */
  private void assertPortfolio(Figures result, Instant from, boolean compared) {
    List<ClientStrikes> expected = new ArrayList<>();
    long strikesOfThePeriod = 0;
    for (Long client : ledgerOf.keySet()) {
      long strikes =
          strikesOf.getOrDefault(client, List.of()).stream()
              .filter(logged -> !logged.isBefore(from) && logged.isBefore(TO))
              .count();
      strikesOfThePeriod += strikes;
      BigDecimal margin = marginAt(client, TO);
      if (strikes == 0 && margin == null) continue;
      BigDecimal before = compared ? marginAt(client, from) : null;
      expected.add(new ClientStrikes(client, names.get(client), strikes, margin, before));
    }
    assertThat(result.portfolio()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.portfolio().stream().mapToLong(ClientStrikes::strikes).sum())
        .as("every strike logged in the period counts once, for its client")
        .isEqualTo(strikesOfThePeriod);
    assertThat(result.portfolio())
        .as("the most strikes first")
        .isSortedAccordingTo(java.util.Comparator.comparingLong(ClientStrikes::strikes).reversed());
  }

  /** The margin over the moment's month and the LEDGER_MONTHS before it; null without any. */
  private BigDecimal marginAt(long client, Instant moment) {
    YearMonth month = YearMonth.from(LocalDate.ofInstant(moment, ZoneOffset.UTC));
    String first = month.minusMonths(LEDGER_MONTHS).toString();
    String last = month.toString();
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    boolean any = false;
    for (Map.Entry<String, BigDecimal[]> entry : ledgerOf.get(client).entrySet()) {
      if (entry.getKey().compareTo(first) >= 0 && entry.getKey().compareTo(last) <= 0) {
        revenue = revenue.add(entry.getValue()[0]);
        cost = cost.add(entry.getValue()[1]);
        any = true;
      }
    }
    return any ? ClientLedger.marginPercent(revenue, cost) : null;
  }

  private List<Generated> generate(Random random) {
    jdbc.update("delete from incidents");
    jdbc.update("delete from ledger_entries");
    jdbc.update("delete from cases");
    jdbc.update("delete from clients");
    strikesOf.clear();
    ledgerOf.clear();
    names.clear();
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
        strikesOf.computeIfAbsent(clientId, k -> new ArrayList<>()).add(openedAt);
      }
      history.add(
          new Generated(
              caseId, status, openedAt, closedAt, incidents, missed, change, failedRepairs, rule));
    }
    strikesOf.computeIfAbsent(clientId, k -> new ArrayList<>()).add(FROM.plusSeconds(3600));
    ledgerOf.put(clientId, new HashMap<>());
    names.put(clientId, "Acme");
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
   * Clients with strikes logged on and around the period's edges, some losing money, some with no
   * recent ledger, some with nothing at all in the period.
   */
  private void generatePortfolio(Random random) {
    Instant[] logged = {
      FROM.minusSeconds(1),
      FROM,
      TO.minusSeconds(1),
      TO,
      FROM.minus(Duration.ofDays(100)),
      FROM.plus(Duration.ofDays(50))
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
      names.put(client, "Client " + client);
      int strikes = random.nextInt(5);
      for (int i = 0; i < strikes; i++) {
        Instant at = logged[random.nextInt(logged.length)];
        jdbc.update(
            "insert into incidents (client_id, area, sign, severity, description, occurred_on,"
                + " reporter, created_at) values (?, 'FINANCIAL', 'LOSING_MONEY', 'MEDIUM',"
                + " 'Generated', ?, 'test', ?)",
            client,
            java.sql.Date.valueOf(LocalDate.ofInstant(at, ZoneOffset.UTC)),
            Timestamp.from(at));
        strikesOf.computeIfAbsent(client, k -> new ArrayList<>()).add(at);
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
