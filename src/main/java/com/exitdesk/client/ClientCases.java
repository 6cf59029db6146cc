package com.exitdesk.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A client's cases as the modules beside the client see them: the case side implements it, so the
 * client, its interactions and its incidents can join the open case without depending on cases.
 */
public interface ClientCases {

  /** The id of the client's open case, if it has one. */
  Optional<Long> openCaseOf(long clientId);

  /**
   * The open case that holds the client's deliverables (from the review's exit decision on, a task
   * finishes each one): nobody else changes them meanwhile.
   */
  Optional<Long> caseHoldingDeliverablesOf(long clientId);

  /** Every case of the client, oldest first. */
  List<CaseLine> casesOf(long clientId);

  record CaseLine(
      long id,
      String status,
      String phase,
      String recommendation,
      Instant openedAt,
      Instant closedAt) {}
}
