package com.exitdesk.criteria;

import com.exitdesk.engine.ProcessVariables;
import com.exitdesk.inbox.SubmissionRules;
import com.exitdesk.shared.CurrentUser;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who reviewed the criteria, for the audit trail of a change. What the review's submission must
 * hold is its form's business and its record's ({@link ReviewCriteriaSubmission}).
 */
@Component
class CriteriaTaskRules implements SubmissionRules {

  @Override
  public boolean judges(String elementId) {
    return CriteriaReviewModel.USER_TASK.equals(elementId);
  }

  @Override
  public Map<String, Class<? extends Record>> formRecords() {
    return Map.of("form_review_criteria", ReviewCriteriaSubmission.class);
  }

  @Override
  public ReviewedBy check(
      long taskId,
      String elementId,
      Map<String, Object> taskVariables,
      Map<String, Object> submitted,
      CurrentUser user,
      LocalDate today) {
    return new ReviewedBy(user.name());
  }

  /** Who decided the review, which its last step checks against the inbox. */
  record ReviewedBy(String reviewedBy) implements ProcessVariables {}
}
