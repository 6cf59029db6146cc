package com.exitdesk.criteria;

/** The names the criteria-review model and the Java code share. */
public final class CriteriaReviewModel {

  public static final String PROCESS_ID = "criteria_review";
  public static final String FILE_NAME = "criteria-review.bpmn";
  public static final String TIMER_START_EVENT = "start_event_review_due";
  public static final String USER_TASK = "task_review_criteria";

  /** Job types of the model's service tasks. */
  public static final class JobTypes {
    public static final String OPEN_REVIEW = "exitdesk.open-criteria-review";
    public static final String RECORD_REVIEW = "exitdesk.record-criteria-review";

    private JobTypes() {}
  }

  private CriteriaReviewModel() {}
}
