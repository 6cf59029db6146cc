package com.exitdesk.criteria;

import com.exitdesk.shared.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The reviews of the criteria: managers start one between the regular ones and read the record. */
@RestController
@RequestMapping("/api/criteria-reviews")
class CriteriaReviewController {

  /** The decision table the app deploys at every start, so the one the cases were assessed by. */
  static final String DECISION_TABLE = "/bpmn/assess-relationship.dmn";

  private final CriteriaReviews reviews;
  private final String decisionTable;

  CriteriaReviewController(CriteriaReviews reviews) throws IOException {
    this.reviews = reviews;
    try (InputStream in = getClass().getResourceAsStream(DECISION_TABLE)) {
      if (in == null) {
        throw new IllegalStateException(DECISION_TABLE + " is not on the classpath");
      }
      this.decisionTable = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The assess_relationship decision table (DMN XML), shown read-only beside a review's figures,
   * which name the rule that fired for each case.
   */
  @GetMapping(value = "/decision-table", produces = MediaType.APPLICATION_XML_VALUE)
  String decisionTable() {
    return decisionTable;
  }

  /** Starts a review now; 409 {@code criteria-review-open} while another one is open. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ReviewView start(@Valid @RequestBody StartReview request, CurrentUser user) {
    return view(reviews.start(user.name(), request.reason().strip()));
  }

  /** Every review, newest first, with the figures it showed and what was decided. */
  @GetMapping
  List<ReviewView> list() {
    return reviews.list().stream().map(this::view).toList();
  }

  private ReviewView view(CriteriaReview review) {
    return new ReviewView(
        review.getId(),
        review.isOpen(),
        review.getStartedBy(),
        review.getStartReason(),
        review.getStartedAt(),
        review.getPeriodFrom(),
        review.getPeriodTo(),
        reviews.figuresOf(review),
        review.getDecision(),
        review.getReason(),
        review.getDmnNote(),
        review.getCompletedBy(),
        review.getCompletedAt());
  }

  record StartReview(@NotBlank @Size(max = 1000) String reason) {}

  /**
   * @param periodFrom the start of the period reviewed; null when it ran from the first case
   * @param decision KEEP or CHANGE once completed
   */
  record ReviewView(
      long id,
      boolean open,
      String startedBy,
      String startReason,
      Instant startedAt,
      Instant periodFrom,
      Instant periodTo,
      Map<String, Object> figures,
      String decision,
      String reason,
      String dmnNote,
      String completedBy,
      Instant completedAt) {}
}
