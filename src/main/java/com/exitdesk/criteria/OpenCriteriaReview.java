package com.exitdesk.criteria;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTaskStatus;
import com.exitdesk.shared.ConflictException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One criteria review at a time: the review still open, if any, which a new one must wait for. The
 * database's unique open marker settles two that start at the same moment.
 */
@Component
class OpenCriteriaReview {

  private final CriteriaReviewRepository reviews;
  private final InboxService inbox;
  private final AuditTrail audit;

  OpenCriteriaReview(CriteriaReviewRepository reviews, InboxService inbox, AuditTrail audit) {
    this.reviews = reviews;
    this.inbox = inbox;
    this.audit = audit;
  }

  void refuseIfOpen() {
    current()
        .ifPresent(
            open -> {
              throw conflict(open);
            });
  }

  /**
   * The open review, if one still is. A review whose task the inbox took back because its process
   * no longer waits for it (cancelled in the engine, outside the app) would block every later
   * review: it is closed as abandoned, on the audit trail, and never starts a period.
   */
  Optional<CriteriaReview> current() {
    Optional<CriteriaReview> open = reviews.findByOpenMarkerNotNull();
    if (open.isEmpty() || open.get().getProcessInstanceKey() == null) {
      return open;
    }
    CriteriaReview review = open.get();
    var tasks =
        inbox.tasksOfProcess(review.getProcessInstanceKey()).stream()
            .filter(t -> t.getElementId().equals(CriteriaReviewModel.USER_TASK))
            .toList();
    boolean gone =
        !tasks.isEmpty() && tasks.stream().allMatch(t -> t.getStatus() == InboxTaskStatus.CANCELED);
    if (!gone) {
      return open;
    }
    review.abandon();
    audit.record(
        null,
        null,
        AuditTrail.SYSTEM,
        AuditType.CRITERIA_REVIEW_COMPLETED,
        "Criteria review "
            + review.getId()
            + " left unfinished: its process was cancelled outside Exit Desk",
        AuditTrail.details("review", review.getId(), "decision", CriteriaReviews.ABANDONED));
    reviews.saveAndFlush(review);
    return Optional.empty();
  }

  static ConflictException conflict(CriteriaReview open) {
    return new ConflictException(
        "criteria-review-open",
        open == null
            ? "Another criteria review is open; complete it first"
            : "Criteria review "
                + open.getId()
                + " is open since "
                + open.getStartedAt()
                + "; complete it first");
  }
}
