package com.exitdesk.client;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's incidents and strikes as its page shows them: the incident side implements it, so the
 * client does not depend on incidents (which depend on the client).
 */
public interface ClientIncidents {

  /** The strikes that count towards a review, by area, and the threshold that opens one. */
  Strikes strikesOf(long clientId);

  /** Every incident of the client, in the order they occurred. */
  List<IncidentLine> incidentsOf(long clientId);

  record Strikes(int total, int financial, int ethical, int threshold) {}

  record IncidentLine(
      long id, Long caseId, String area, String sign, String severity, LocalDate occurredOn) {}
}
