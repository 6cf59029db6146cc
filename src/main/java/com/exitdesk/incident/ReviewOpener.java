package com.exitdesk.incident;

/**
 * Opens the review of a client whose strikes call for one. The case side implements it: incidents
 * decide when a review is due, cases what a review is.
 */
public interface ReviewOpener {

  /**
   * Opens a case for the client and starts its process.
   *
   * @return the id of the case opened
   * @throws com.exitdesk.shared.ConflictException {@code case-already-open} when the client has an
   *     open case already, {@code client-closed} when the client is closed
   */
  long openReview(long clientId, String reason, String actor);
}
