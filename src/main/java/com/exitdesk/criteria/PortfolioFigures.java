package com.exitdesk.criteria;

import com.exitdesk.client.ClientLedger;
import com.exitdesk.client.ProfitabilityProperties;
import com.exitdesk.criteria.CriteriaFigures.ClientStrikes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The portfolio side of a criteria review: which clients drew strikes, and whether their margin
 * moved since the previous review, read from the ledger as the client page reads it.
 */
@Component
class PortfolioFigures {

  private final CriteriaFiguresRepository queries;
  private final ProfitabilityProperties profitability;

  PortfolioFigures(CriteriaFiguresRepository queries, ProfitabilityProperties profitability) {
    this.queries = queries;
    this.profitability = profitability;
  }

  /**
   * Strikes against profitability per client: the incidents logged in the period, and the margin
   * over the recent ledger months (as the client page judges it) when the period ended, against the
   * same when it began, that is when the previous review ended. Clients with neither a strike in
   * the period nor a recent ledger month are left out; the most strikes come first.
   *
   * @param from null when the period runs from the first case: nothing to compare with
   */
  List<ClientStrikes> of(Instant start, Instant to, Instant from) {
    Map<Long, String> names = new HashMap<>();
    Map<Long, Long> strikes = new HashMap<>();
    for (Object[] row : queries.strikesByClient(start, to)) {
      names.put((Long) row[0], (String) row[1]);
      strikes.put((Long) row[0], (Long) row[2]);
    }
    Map<Long, BigDecimal> margins = marginsAt(to, names);
    Map<Long, BigDecimal> before = from == null ? Map.of() : marginsAt(from, null);
    List<ClientStrikes> all =
        names.entrySet().stream()
            .map(
                e ->
                    new ClientStrikes(
                        e.getKey(),
                        e.getValue(),
                        strikes.getOrDefault(e.getKey(), 0L),
                        margins.get(e.getKey()),
                        before.get(e.getKey())))
            .sorted(
                Comparator.comparing(ClientStrikes::strikes)
                    .reversed()
                    .thenComparing(
                        ClientStrikes::marginPercent,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ClientStrikes::clientId))
            .toList();
    return all.size() <= CriteriaFigures.MAX_LISTED
        ? all
        : all.subList(0, CriteriaFigures.MAX_LISTED);
  }

  /**
   * Each client's margin over the ledger months that judged profitability at that moment: its month
   * and the {@code exitdesk.evidence.ledger-months} before it.
   *
   * @param names collects the names of the clients with ledger months then; null to only read
   */
  private Map<Long, BigDecimal> marginsAt(Instant moment, Map<Long, String> names) {
    YearMonth month = YearMonth.from(LocalDate.ofInstant(moment, ZoneOffset.UTC));
    Map<Long, BigDecimal> margins = new HashMap<>();
    for (Object[] row :
        queries.ledgerByClient(
            month.minusMonths(profitability.ledgerMonths()).toString(), month.toString())) {
      if (names != null) {
        names.put((Long) row[0], (String) row[1]);
      }
      margins.put(
          (Long) row[0], ClientLedger.marginPercent((BigDecimal) row[2], (BigDecimal) row[3]));
    }
    return margins;
  }
}
