package com.exitdesk.writing;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/writing-check")
class WritingCheckController {

  private final WritingCheck check;
  private final RereadConfirmations confirmations;

  WritingCheckController(WritingCheck check, RereadConfirmations confirmations) {
    this.check = check;
    this.confirmations = confirmations;
  }

  /**
   * Spelling, grammar and tone findings in a text written to a client, in the client's language.
   * The same check the task forms run as people type; it changes nothing.
   */
  @PostMapping
  CheckResult check(@Valid @RequestBody CheckRequest request) {
    WritingLanguage language = WritingLanguage.of(request.locale());
    return new CheckResult(request.locale(), check.check(request.text(), language));
  }

  /**
   * Records on the case's timeline that the person re-read a client-facing field whose tone the
   * check flagged.
   */
  @PostMapping("/confirmations")
  @ResponseStatus(HttpStatus.CREATED)
  ConfirmationView confirm(@Valid @RequestBody Confirmation request, CurrentUser user) {
    if (!ClientFacingFields.keys().contains(request.field())) {
      throw new InvalidInputException(
          "field",
          "must be one of "
              + String.join(", ", ClientFacingFields.keys().stream().sorted().toList()));
    }
    AuditEvent recorded =
        confirmations.confirm(
            request.caseId(),
            request.field(),
            request.toneFindings() == null ? 0 : request.toneFindings(),
            user.name());
    return new ConfirmationView(
        recorded.getCaseId(), request.field(), recorded.getActor(), recorded.getOccurredAt());
  }

  /**
   * @param text what the person wrote, up to 10 000 characters
   * @param locale the language the client reads: {@code en} or {@code es}
   */
  record CheckRequest(
      @NotNull @Size(max = WritingCheck.MAX_LENGTH) String text,
      @NotNull @Pattern(regexp = "en|es", message = "must be one of en, es") String locale) {}

  record CheckResult(String locale, List<Finding> findings) {}

  /**
   * @param caseId the case the text belongs to
   * @param field the client-facing form field re-read (justification, handoverPlan, ...)
   * @param toneFindings how many tone findings the field had when confirmed
   */
  record Confirmation(
      @NotNull @Positive Long caseId,
      @NotNull String field,
      @PositiveOrZero @Max(1000) Integer toneFindings) {}

  record ConfirmationView(Long caseId, String field, String confirmedBy, Instant confirmedAt) {}
}
