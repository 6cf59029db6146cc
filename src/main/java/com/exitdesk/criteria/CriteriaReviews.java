package com.exitdesk.criteria;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.criteria.CriteriaFigures.Figures;
import com.exitdesk.criteria.ReviewOpening.ReviewUnderWay;
import com.exitdesk.engine.PermanentFailure;
import com.exitdesk.engine.ProcessCommands;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.incident.StrikePolicies;
import com.exitdesk.incident.StrikePolicyProperties;
import com.exitdesk.shared.ConflictException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regular review of the criteria: opens it (one at a time), gathers the figures of the period
 * since the last one, and records what the manager decided, applying a new strike policy from then
 * on.
 */
@Service
public class CriteriaReviews {

  public static final String KEEP = "KEEP";
  public static final String CHANGE = "CHANGE";

  /** The review's process was cancelled outside the app before anyone decided. */
  public static final String ABANDONED = "ABANDONED";

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final CriteriaReviewRepository reviews;
  private final CriteriaFigures figures;
  private final StrikePolicies policies;
  private final ProcessCommands commands;
  private final InboxService inbox;
  private final OpenCriteriaReview openReview;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final TransactionTemplate tx;
  private final Clock clock;

  CriteriaReviews(
      CriteriaReviewRepository reviews,
      CriteriaFigures figures,
      StrikePolicies policies,
      ProcessCommands commands,
      InboxService inbox,
      OpenCriteriaReview openReview,
      AuditTrail audit,
      ObjectMapper json,
      TransactionTemplate tx,
      Clock clock) {
    this.reviews = reviews;
    this.figures = figures;
    this.policies = policies;
    this.commands = commands;
    this.inbox = inbox;
    this.openReview = openReview;
    this.audit = audit;
    this.json = json;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * A manager asks for a review now.
   *
   * @throws ConflictException {@code criteria-review-open} while another review is open
   */
  public CriteriaReview start(String manager, String reason) {
    CriteriaReview review;
    try {
      review =
          tx.execute(
              status -> {
                openReview.refuseIfOpen();
                CriteriaReview opened =
                    reviews.saveAndFlush(
                        new CriteriaReview(manager, reason, clock.instant(), null));
                audit.record(
                    null,
                    null,
                    manager,
                    AuditType.CRITERIA_REVIEW_STARTED,
                    "Criteria review " + opened.getId() + " started: " + reason,
                    AuditTrail.details("review", opened.getId(), "reason", reason));
                return opened;
              });
    } catch (DataIntegrityViolationException e) {
      // Two requests at the same moment: the unique open marker let one through.
      throw OpenCriteriaReview.conflict(reviews.findByOpenMarkerNotNull().orElse(null));
    }
    try {
      // The process's first step records the instance on the review: writing it here as well
      // would race with that step.
      commands.startProcess(
          CriteriaReviewModel.PROCESS_ID, new ReviewRequested(review.getId(), manager));
      return review;
    } catch (RuntimeException e) {
      // No process runs it: take the review back so the manager can try again.
      tx.executeWithoutResult(status -> reviews.deleteById(review.getId()));
      throw e;
    }
  }

  /**
   * The first step of a review's process: the review it works on, with the figures of its period. A
   * timer that fires while another review is open leaves the work to that one.
   *
   * @param reviewId the review a manager started; null when the timer started the process
   */
  ReviewOpening open(long processInstanceKey, Long reviewId) {
    CriteriaReview review;
    try {
      review = tx.execute(status -> reviewFor(processInstanceKey, reviewId));
    } catch (DataIntegrityViolationException e) {
      review = null;
    }
    if (review == null) {
      Long openId = reviews.findByOpenMarkerNotNull().map(CriteriaReview::getId).orElse(null);
      return ReviewOpening.alreadyOpen(openId);
    }
    long id = review.getId();
    return tx.execute(
        status -> {
          CriteriaReview current = reviews.findById(id).orElseThrow();
          if (current.getFiguresJson() == null) {
            Instant from =
                reviews
                    .findFirstByCompletedAtNotNullOrderByCompletedAtDescIdDesc()
                    .map(CriteriaReview::getCompletedAt)
                    .orElse(null);
            Figures period = figures.of(from, current.getStartedAt());
            current.figures(from, current.getStartedAt(), write(period));
          }
          StrikePolicyProperties policy = policies.current();
          return ReviewOpening.of(
              new ReviewUnderWay(
                  id,
                  read(current.getFiguresJson()),
                  policy.threshold(),
                  StrikePolicies.windowMonths(policy),
                  policy.threshold(),
                  StrikePolicies.windowMonths(policy)));
        });
  }

  private CriteriaReview reviewFor(long processInstanceKey, Long reviewId) {
    if (reviewId != null) {
      CriteriaReview requested = reviews.findById(reviewId).orElseThrow();
      if (requested.getProcessInstanceKey() == null) {
        requested.runsIn(processInstanceKey);
      }
      return requested;
    }
    Optional<CriteriaReview> mine = reviews.findByProcessInstanceKey(processInstanceKey);
    if (mine.isPresent()) {
      return mine.get();
    }
    if (openReview.current().isPresent()) {
      return null;
    }
    CriteriaReview due =
        reviews.saveAndFlush(
            new CriteriaReview(AuditTrail.SYSTEM, null, clock.instant(), processInstanceKey));
    audit.record(
        null,
        null,
        AuditTrail.SYSTEM,
        AuditType.CRITERIA_REVIEW_STARTED,
        "Criteria review " + due.getId() + " started: it was due",
        AuditTrail.details("review", due.getId()));
    return due;
  }

  /**
   * The last step: what the manager decided. A new strike policy applies from now on.
   *
   * @throws PermanentFailure when the decision did not come through the inbox
   */
  void record(
      long processInstanceKey, long stepKey, long reviewId, Outcome outcome, String reviewedBy) {
    CriteriaReview review = reviews.findById(reviewId).orElseThrow();
    if (!review.isOpen()) {
      return; // a redelivered job: recorded already
    }
    Optional<String> completedBy =
        inbox.takeCompletionForStep(processInstanceKey, CriteriaReviewModel.USER_TASK, stepKey);
    if (completedBy.isEmpty() || !completedBy.get().equals(reviewedBy)) {
      String summary =
          "Refused a criteria review decision that did not come through the inbox (it names "
              + (reviewedBy == null ? "nobody" : reviewedBy)
              + "). The criteria are not changed; the step waits as an incident.";
      tx.executeWithoutResult(
          status ->
              audit.record(null, null, AuditTrail.SYSTEM, AuditType.DECISION_REFUSED, summary));
      throw new PermanentFailure(summary);
    }
    tx.executeWithoutResult(status -> complete(reviewId, outcome, reviewedBy));
  }

  /** Records the decision on the review and the audit trail, and applies a new strike policy. */
  private void complete(long reviewId, Outcome outcome, String reviewedBy) {
    CriteriaReview current = reviews.findById(reviewId).orElseThrow();
    boolean change = CHANGE.equals(outcome.decision());
    if (change) {
      policies.change(
          outcome.strikeThreshold(),
          outcome.strikeWindowMonths(),
          outcome.changeReason(),
          reviewedBy,
          reviewId);
    }
    String note = blankToNull(outcome.dmnNote());
    current.complete(
        change ? CHANGE : KEEP,
        change ? outcome.changeReason().strip() : null,
        note,
        reviewedBy,
        clock.instant());
    audit.record(
        null,
        null,
        reviewedBy,
        AuditType.CRITERIA_REVIEW_COMPLETED,
        "Criteria review "
            + reviewId
            + (change ? ": strike policy changed" : ": criteria kept")
            + (note != null ? "; note for the decision table: " + note : ""),
        AuditTrail.details(
            "review",
            reviewId,
            "decision",
            change ? CHANGE : KEEP,
            "threshold",
            change ? outcome.strikeThreshold() : null,
            "windowMonths",
            change ? outcome.strikeWindowMonths() : null,
            "dmnNote",
            note));
  }

  /** The reviews, newest first. */
  public List<CriteriaReview> list() {
    return reviews.findAll(org.springframework.data.domain.Sort.by("id").descending());
  }

  /** The figures a review showed, as stored. */
  public Map<String, Object> figuresOf(CriteriaReview review) {
    return review.getFiguresJson() == null ? null : read(review.getFiguresJson());
  }

  private String write(Figures period) {
    try {
      return json.writeValueAsString(period);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The figures could not be written as JSON", e);
    }
  }

  private Map<String, Object> read(String figuresJson) {
    try {
      return json.readValue(figuresJson, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored figures are not JSON", e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** What the manager submitted on the review task. */
  record Outcome(
      String decision,
      Integer strikeThreshold,
      Integer strikeWindowMonths,
      String changeReason,
      String dmnNote) {}
}
