package com.exitdesk.interaction;

import com.exitdesk.client.ClientCases;
import com.exitdesk.client.CommunicationChannel;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.web.IdempotencyKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients/{id}/interactions")
class InteractionController {

  /** One line of visible text, as for names elsewhere: no control or invisible characters. */
  static final String SINGLE_LINE = "[^\\p{Cntrl}\\p{Cf}\\p{Cs}]*";

  private final InteractionService interactions;
  private final ClientCases cases;
  private final IdempotencyKeys idempotencyKeys;

  InteractionController(
      InteractionService interactions, ClientCases cases, IdempotencyKeys idempotencyKeys) {
    this.interactions = interactions;
    this.cases = cases;
    this.idempotencyKeys = idempotencyKeys;
  }

  /** The client's interactions, newest first; {@code ?kind=CALL} keeps one kind. */
  @GetMapping
  List<InteractionView> list(
      @PathVariable long id, @RequestParam(required = false) InteractionKind kind) {
    Map<Long, Long> corrections = interactions.correctionsOf(id);
    return interactions.interactionsOf(id, kind).stream()
        .map(i -> InteractionView.of(i, corrections.get(i.getId())))
        .toList();
  }

  /**
   * Records an interaction. Sent with an {@code Idempotency-Key} header, a retry answers as the
   * first request did instead of recording it twice.
   */
  @PostMapping
  ResponseEntity<InteractionView> record(
      @PathVariable long id,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Valid @RequestBody NewInteraction request,
      CurrentUser user) {
    if (idempotencyKey == null) {
      return ResponseEntity.status(HttpStatus.CREATED).body(record(id, request, user));
    }
    return idempotencyKeys.once(
        "interactions of client " + id,
        idempotencyKey,
        request,
        HttpStatus.CREATED,
        InteractionView.class,
        () -> record(id, request, user));
  }

  private InteractionView record(long clientId, NewInteraction request, CurrentUser user) {
    Long openCase = cases.openCaseOf(clientId).orElse(null);
    Interaction saved =
        interactions.record(
            clientId,
            openCase,
            new Interaction.Details(
                request.kind(),
                request.occurredAt().toInstant(),
                request.channel(),
                request.participants().strip(),
                request.summary().strip(),
                Boolean.TRUE.equals(request.agreementMade()),
                request.agreement() == null ? null : request.agreement().strip()),
            request.correctsId(),
            user.name());
    return InteractionView.of(saved, null);
  }

  /**
   * @param occurredAt when it happened, with its offset (2026-03-02T10:30:00+01:00)
   * @param participants who took part, on one line
   * @param agreementMade whether something was agreed; then {@code agreement} says what
   * @param correctsId the interaction this one corrects, which stays on record
   */
  record NewInteraction(
      @NotNull InteractionKind kind,
      @NotNull OffsetDateTime occurredAt,
      @NotNull CommunicationChannel channel,
      @NotBlank @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String participants,
      @NotBlank @Size(max = 4000) String summary,
      Boolean agreementMade,
      @Size(max = 4000) String agreement,
      @Positive Long correctsId) {}

  /**
   * @param correctedById the later interaction that corrects this one, if any
   * @param messageId the message the app sent, for {@code EMAIL_SENT} entries the app recorded
   */
  record InteractionView(
      long id,
      InteractionKind kind,
      Instant occurredAt,
      CommunicationChannel channel,
      String participants,
      String summary,
      boolean agreementMade,
      String agreement,
      Long correctsId,
      Long correctedById,
      Long caseId,
      Long messageId,
      InteractionOrigin origin,
      String recordedBy,
      Instant recordedAt) {

    static InteractionView of(Interaction i, Long correctedById) {
      return new InteractionView(
          i.getId(),
          i.getKind(),
          i.getOccurredAt(),
          i.getChannel(),
          i.getParticipants(),
          i.getSummary(),
          i.isAgreementMade(),
          i.getAgreement(),
          i.getCorrectsId(),
          correctedById,
          i.getCaseId(),
          i.getMessageId(),
          i.getOrigin(),
          i.getRecordedBy(),
          i.getRecordedAt());
    }
  }
}
