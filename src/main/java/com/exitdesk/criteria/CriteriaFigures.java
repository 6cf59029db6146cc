package com.exitdesk.criteria;

import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.incident.IncidentArea;
import com.exitdesk.incident.WarningSign;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a criteria review shows: how the cases of a period ended and what preceded each ending. */
@Component
public class CriteriaFigures {

  /** The outcomes a review counts, in the order it shows them. */
  public static final List<CaseStatus> OUTCOMES =
      List.of(CaseStatus.REPAIRED, CaseStatus.EXITED, CaseStatus.RETAINED, CaseStatus.WITHDRAWN);

  /** The longest list of free text a review carries; the oldest beyond it are left out. */
  static final int MAX_LISTED = 50;

  private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");

  private final CriteriaFiguresRepository queries;
  private final PortfolioFigures portfolio;

  CriteriaFigures(CriteriaFiguresRepository queries, PortfolioFigures portfolio) {
    this.queries = queries;
    this.portfolio = portfolio;
  }

  /**
   * @param from the start of the period; null for "since the first case"
   * @param to the end of the period, exclusive
   */
  @Transactional(readOnly = true)
  public Figures of(Instant from, Instant to) {
    Instant start = from != null ? from : BEGINNING;
    List<Outcome> outcomes = outcomes(start, to);
    return new Figures(
        from,
        to,
        outcomes.stream().mapToLong(Outcome::cases).sum(),
        outcomes,
        signs(start, to),
        areas(start, to),
        missedSigns(start, to),
        last(
            queries.proposedChanges(start, to).stream()
                .map(
                    row ->
                        new ProposedChange(
                            (Long) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList()),
        last(
            queries.failedRepairs(start, to).stream()
                .map(
                    row ->
                        new FailedRepair(
                            (Long) row[0],
                            (String) row[1],
                            (CaseStatus) row[2],
                            ((Number) row[3]).intValue()))
                .toList()),
        rules(start, to),
        caseRules(start, to),
        portfolio.of(start, to, from));
  }

  /** How many cases ended each way, and the median days they took. */
  private List<Outcome> outcomes(Instant start, Instant to) {
    Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
    for (Object[] row : queries.casesByOutcome(start, to)) {
      counts.put((CaseStatus) row[0], (Long) row[1]);
    }
    Map<CaseStatus, List<Long>> days = new EnumMap<>(CaseStatus.class);
    for (Object[] row : queries.durations(start, to)) {
      days.computeIfAbsent((CaseStatus) row[0], s -> new ArrayList<>())
          .add(Duration.between((Instant) row[1], (Instant) row[2]).toDays());
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (CaseStatus outcome : OUTCOMES) {
      outcomes.add(
          new Outcome(outcome, counts.getOrDefault(outcome, 0L), median(days.get(outcome))));
    }
    return outcomes;
  }

  private List<SignFigure> signs(Instant start, Instant to) {
    Map<WarningSign, long[]> signs = new EnumMap<>(WarningSign.class);
    for (Object[] row : queries.signsByOutcome(start, to)) {
      add(signs.computeIfAbsent((WarningSign) row[1], s -> new long[4]), row[0], (Long) row[2]);
    }
    return signs.entrySet().stream()
        .map(e -> new SignFigure(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .filter(s -> s.beforeRepairs() + s.beforeExits() > 0)
        .toList();
  }

  private List<AreaFigure> areas(Instant start, Instant to) {
    Map<IncidentArea, long[]> areas = new EnumMap<>(IncidentArea.class);
    for (Object[] row : queries.areasByOutcome(start, to)) {
      add(areas.computeIfAbsent((IncidentArea) row[1], a -> new long[4]), row[0], (Long) row[2]);
    }
    return areas.entrySet().stream()
        .map(e -> new AreaFigure(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .filter(a -> a.beforeRepairs() + a.beforeExits() > 0)
        .toList();
  }

  private List<MissedSign> missedSigns(Instant start, Instant to) {
    Map<WarningSign, Long> missed = new EnumMap<>(WarningSign.class);
    for (String list : queries.missedSigns(start, to)) {
      Arrays.stream(list.split(","))
          .filter(name -> !name.isBlank())
          .map(WarningSign::valueOf)
          .forEach(sign -> missed.merge(sign, 1L, Long::sum));
    }
    return missed.entrySet().stream().map(e -> new MissedSign(e.getKey(), e.getValue())).toList();
  }

  /** How many cases each rule of the decision table decided, most used first. */
  private List<RuleFigure> rules(Instant start, Instant to) {
    return queries.casesByRule(start, to).stream()
        .map(row -> new RuleFigure((String) row[0], (Long) row[1]))
        .sorted(
            Comparator.comparing(RuleFigure::cases)
                .reversed()
                .thenComparing(RuleFigure::rule, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private List<CaseRule> caseRules(Instant start, Instant to) {
    return queries.rulesOfCases(start, to, PageRequest.of(0, MAX_LISTED)).stream()
        .map(
            row ->
                new CaseRule(
                    (Long) row[0],
                    (String) row[1],
                    (CaseStatus) row[2],
                    row[3] == null ? null : row[3].toString(),
                    (String) row[4]))
        .toList();
  }

  /** When the first case was opened, if any was. */
  @Transactional(readOnly = true)
  public Instant firstCaseOpenedAt() {
    return queries.firstCaseOpenedAt();
  }

  private static void add(long[] byOutcome, Object outcome, long count) {
    int index = OUTCOMES.indexOf((CaseStatus) outcome);
    byOutcome[index] += count;
  }

  private static <T> List<T> last(List<T> all) {
    return all.size() <= MAX_LISTED ? all : all.subList(all.size() - MAX_LISTED, all.size());
  }

  /** The median of whole days, halves rounded up; null when there is nothing to measure. */
  static Long median(List<Long> days) {
    if (days == null || days.isEmpty()) {
      return null;
    }
    List<Long> sorted = days.stream().sorted().toList();
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return sorted.get(middle);
    }
    long sum = sorted.get(middle - 1) + sorted.get(middle);
    return Math.floorDiv(sum + 1, 2);
  }

  /**
   * @param from the start of the period; null when it runs from the first case
   * @param cases the cases that ended in the period with an outcome
   */
  public record Figures(
      Instant from,
      Instant to,
      long cases,
      List<Outcome> outcomes,
      List<SignFigure> signs,
      List<AreaFigure> areas,
      List<MissedSign> missedSigns,
      List<ProposedChange> proposedChanges,
      List<FailedRepair> failedRepairs,
      List<RuleFigure> rules,
      List<CaseRule> caseRules,
      List<ClientStrikes> portfolio) {}

  /**
   * How many cases of the period the rule of assess_relationship recommended for.
   *
   * @param rule the rule's id; null for the cases assessed before the table named its rules
   */
  public record RuleFigure(String rule, long cases) {}

  /** The rule that fired for one case of the period; newest cases first. */
  public record CaseRule(
      long caseId, String clientName, CaseStatus outcome, String recommendation, String rule) {}

  /**
   * @param strikes incidents logged in the period
   * @param marginPercent profit over revenue in the recent ledger months when the period ended;
   *     null without any
   * @param previousMarginPercent the same when the period began (the previous review); null for a
   *     period from the first case, or without ledger months then
   */
  public record ClientStrikes(
      long clientId,
      String clientName,
      long strikes,
      BigDecimal marginPercent,
      BigDecimal previousMarginPercent) {}

  /**
   * @param medianDays from opening to closing; null when no case ended so
   */
  public record Outcome(CaseStatus outcome, long cases, Long medianDays) {}

  /** Incidents with this sign that the repaired and the exited cases reviewed. */
  public record SignFigure(WarningSign sign, long beforeRepairs, long beforeExits) {}

  public record AreaFigure(IncidentArea area, long beforeRepairs, long beforeExits) {}

  /** In how many retrospectives the sign was ticked as present but never logged. */
  public record MissedSign(WarningSign sign, long cases) {}

  public record ProposedChange(long caseId, String clientName, String change, String writtenBy) {}

  public record FailedRepair(
      long caseId, String clientName, CaseStatus outcome, int failedRepairs) {}
}
