package com.exitdesk.support;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.PLAN_TRANSITION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Form submissions as the inbox receives them, for every test and benchmark that drives tasks. */
public final class TaskForms {

  private TaskForms() {}

  /** A review that sets the exit 40 days out. */
  public static Map<String, Object> contractReview(String decision) {
    return contractReview(decision, today().plusDays(40));
  }

  public static Map<String, Object> contractReview(String decision, LocalDate exitDate) {
    Map<String, Object> review = new HashMap<>();
    review.put("canTerminateLegally", true);
    review.put("terminationClause", "Clause 9: 30 days' written notice");
    review.put("exitDate", exitDate.toString());
    review.put("noticePeriodDays", 30);
    review.put("earlyTerminationAgreed", false);
    review.put("earlyTerminationFee", 0);
    review.put("refundAmount", 0);
    if (decision != null) {
      review.put("reviewDecision", decision);
    }
    review.put("justification", "Repeated scope disputes the team cannot absorb.");
    return review;
  }

  public static Map<String, Object> newTerms() {
    return Map.of(
        "newScope", "Monthly catalogue updates only, up to 20 pages.",
        "boundaries", "Changes after sign-off are billed as extra work.",
        "communicationChannel", "VIDEO_CALL",
        "checkInCadence", "BIWEEKLY",
        "newMonthlyFee", 3400);
  }

  /**
   * An approval of an exit that no repair came before: the form asks for reasons for the client
   * only after a failed repair, and refuses them otherwise.
   */
  public static Map<String, Object> approve() {
    return Map.of("approvalDecision", "APPROVE", "approvalComment", "Agreed.");
  }

  public static Map<String, Object> reject(String instead) {
    return Map.of(
        "approvalDecision", "REJECT", "rejectionOutcome", instead, "approvalComment", "Not yet.");
  }

  public static Map<String, Object> delivered() {
    return Map.of("deliveredOn", today().toString(), "deliveryNotes", "Delivered and signed off.");
  }

  public static Map<String, Object> transitionPlan() {
    return Map.of(
        "handoverPlan", "Two handover sessions with their new agency.",
        "dataReturn", "Full export of assets within 10 days.",
        "alternatives", "Studio North, Atlas Partners",
        "transitionContact", "Olivia Ortega");
  }

  public static Map<String, Object> lessons() {
    return Map.of(
        "whatHappened", "Scope grew every month without a change in fee.",
        "ourShare", "We accepted extras without a change request.",
        "missedSigns", List.of("MINIMAL_COMMUNICATION", "EXPECTATIONS_MISMATCH"));
  }

  /** What a driver submits to each task of the exit path, with the exit set for today. */
  public static Map<String, Object> exitPath(String elementId) {
    return switch (elementId) {
      case REVIEW_CONTRACT -> earlyExit(contractReview("EXIT", today()));
      case APPROVE_TERMINATION -> approve();
      case COMPLETE_DELIVERABLE -> delivered();
      case PLAN_TRANSITION -> transitionPlan();
      case LESSONS_LEARNED -> lessons();
      default -> throw new IllegalStateException("No submission for " + elementId);
    };
  }

  /** Today is inside the notice period: only an agreed early termination allows it. */
  private static Map<String, Object> earlyExit(Map<String, Object> review) {
    review.put("earlyTerminationAgreed", true);
    return review;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
