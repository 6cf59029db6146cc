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
  /** A regular review of the criteria began (by the timer or a manager). */
  CRITERIA_REVIEW_STARTED,
  /** A manager decided a criteria review: keep the criteria or change them. */
  CRITERIA_REVIEW_COMPLETED,
  /** The strike threshold or window changed from now on. */
  STRIKE_POLICY_CHANGED
}
