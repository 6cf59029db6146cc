package com.exitdesk.caseflow;

import com.exitdesk.inbox.UserTaskWorker;

/**
 * Every name the BPMN model and the Java code share: process and decision ids, job types, message
 * names and the user-task element ids the API relies on.
 */
public final class ProcessConstants {

  public static final String PROCESS_ID = "repair_or_exit";
  public static final String DECISION_ID = "assess_relationship";

  /** Job types, one per service task kind. */
  public static final class JobTypes {
    public static final String USER_TASK = UserTaskWorker.JOB_TYPE;
    public static final String COLLECT_EVIDENCE = "exitdesk.collect-evidence";
    public static final String RECORD_ASSESSMENT = "exitdesk.record-assessment";
    public static final String RECORD_CONTRACT_REVIEW = "exitdesk.record-contract-review";
    public static final String SEND_PROPOSAL = "exitdesk.send-proposal";
    public static final String SEND_PROPOSAL_REMINDER = "exitdesk.send-proposal-reminder";
    public static final String RECORD_FAILED_REPAIR = "exitdesk.record-failed-repair";
    public static final String APPLY_NEW_TERMS = "exitdesk.apply-new-terms";
    public static final String REMIND_MANAGERS = "exitdesk.remind-managers";
    public static final String RECORD_APPROVAL = "exitdesk.record-approval";
    public static final String RECORD_DELIVERABLE_DONE = "exitdesk.record-deliverable-done";
    public static final String RECORD_TRANSITION_PLAN = "exitdesk.record-transition-plan";
    public static final String ISSUE_REFUND = "exitdesk.issue-refund";
    public static final String START_COOLING_OFF = "exitdesk.start-cooling-off";
    public static final String SEND_TERMINATION_NOTICE = "exitdesk.send-termination-notice";
    public static final String CLOSE_CLIENT = "exitdesk.close-client";
    public static final String CLOSE_CASE = "exitdesk.close-case";
    public static final String RECORD_CHECK_IN = "exitdesk.record-check-in";
    public static final String LOG_CHECK_IN_STRIKE = "exitdesk.log-check-in-strike";
    public static final String REMIND_CHECK_IN = "exitdesk.remind-check-in";

    private JobTypes() {}
  }

  /** Message names; every message is correlated by the case id. */
  public static final class Messages {
    public static final String CLIENT_ANSWERED = "msg_client_answered";
    public static final String INCIDENT_REPORTED = "msg_incident_reported";
    public static final String EXIT_WITHDRAWN = "msg_exit_withdrawn";

    private Messages() {}
  }

  /** BPMN error codes: business outcomes the model catches. */
  public static final class ErrorCodes {
    /** The mail server refused the client's address for good; OPS corrects it. */
    public static final String CLIENT_ADDRESS_REJECTED = "CLIENT_ADDRESS_REJECTED";

    private ErrorCodes() {}
  }

  /** User-task element ids: the inbox, the API and the tests select tasks by these. */
  public static final class UserTasks {
    public static final String REVIEW_CONTRACT = "task_review_contract";
    public static final String DRAFT_NEW_TERMS = "task_draft_new_terms";
    public static final String APPROVE_TERMINATION = "task_approve_termination";
    public static final String COMPLETE_DELIVERABLE = "task_complete_deliverable";
    public static final String PLAN_TRANSITION = "task_plan_transition";
    public static final String LESSONS_LEARNED = "task_lessons_learned";
    public static final String CORRECT_ADDRESS_FOR_PROPOSAL = "task_correct_address_for_proposal";
    public static final String CORRECT_ADDRESS_FOR_REMINDER = "task_correct_address_for_reminder";
    public static final String CORRECT_ADDRESS_FOR_NOTICE = "task_correct_address_for_notice";
    public static final String HOLD_CHECK_IN = "task_hold_check_in";

    private UserTasks() {}
  }

  /** Task header names set in the model. */
  public static final class Headers {
    public static final String OUTCOME = "outcome";
    public static final String FAILURE = "failure";

    private Headers() {}
  }

  private ProcessConstants() {}
}
