package com.exitdesk.audit;

public enum AuditType {
  CLIENT_CREATED,
  CLIENT_CONTACT_CHANGED,
  CONTRACT_UPDATED,
  DELIVERABLE_ADDED,
  LEDGER_RECORDED,
  INCIDENT_LOGGED,
  CASE_OPENED,
  EVIDENCE_COLLECTED,
  RECOMMENDATION_MADE,
  TASK_CREATED,
  TASK_CLAIMED,
  TASK_RELEASED,
  TASK_COMPLETED,
  TASK_CANCELED,
  CONTRACT_REVIEWED,
  CLIENT_ANSWERED,
  NEW_TERMS_APPLIED,
  REPAIR_FAILED,
  TERMINATION_DECIDED,
  DELIVERABLE_COMPLETED,
  TRANSITION_PLANNED,
  REFUND_ISSUED,
  COOLING_OFF_STARTED,
  EXIT_WITHDRAWN,
  MESSAGE_QUEUED,
  MESSAGE_SENT,
  MESSAGE_BOUNCED,
  CLIENT_EMAIL_CORRECTED,
  CLIENT_CLOSED,
  CASE_CLOSED,
  /** A decision reached the process without going through the inbox; the step refused it. */
  DECISION_REFUSED,
  /** The engine changed a case in a way the app did not ask for; recorded, not undone. */
  OUTSIDE_CHANGE_FLAGGED,
  /** Operations page: a job out of retries sent back to its worker. */
  JOB_RETRIED,
  /** Operations page: a queued message sent again. */
  MESSAGE_RESENT,
  /** Operations page: a submission the engine never confirmed sent again. */
  TASK_RESUBMITTED,
  /** Operations page: an Idempotency-Key stuck "in progress" freed. */
  IDEMPOTENCY_KEY_FREED,
  /** A call, meeting, email, message, agreement or note on a client's record. */
  INTERACTION_RECORDED,
  /** The client's name, email or language changed; the details name what changed. */
  CLIENT_UPDATED,
  /** A deliverable not delivered yet got a new title or due date. */
  DELIVERABLE_CHANGED,
  /** A deliverable not delivered yet was taken off the list (agreed away, entered by mistake). */
  DELIVERABLE_REMOVED,
  /** A ledger month's figures were corrected; the details keep the figures it had and why. */
  LEDGER_CORRECTED,
  /** A probation check-in was held with the client. */
  CHECK_IN_HELD,
  /** A probation check-in did not take place: the client was absent, or we did not hold it. */
  CHECK_IN_MISSED,
  /** A probation check-in went past its due date; the team was reminded. */
  CHECK_IN_REMINDED,
  /** A person re-read a client-facing text whose tone the writing check flagged. */
  WRITING_REREAD,
  /** A regular review of the criteria began (by the timer or a manager). */
  CRITERIA_REVIEW_STARTED,
  /** A manager decided a criteria review: keep the criteria or change them. */
  CRITERIA_REVIEW_COMPLETED,
  /** The strike threshold or window changed from now on. */
  STRIKE_POLICY_CHANGED
}
