package com.exitdesk.incident;

import com.exitdesk.shared.CurrentUser;
import com.exitdesk.web.IdempotencyKeys;
import com.exitdesk.web.SaneDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients/{clientId}/incidents")
class IncidentController {

  private final IncidentService incidents;
  private final IdempotencyKeys idempotencyKeys;

  IncidentController(IncidentService incidents, IdempotencyKeys idempotencyKeys) {
    this.incidents = incidents;
    this.idempotencyKeys = idempotencyKeys;
  }

  /**
   * Logs an incident. Sent with an {@code Idempotency-Key} header, a retry of the same report (a
   * timeout, a double click) answers as the first did instead of logging a second strike.
   */
  @PostMapping
  ResponseEntity<ReportResult> report(
      @PathVariable long clientId,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Valid @RequestBody NewIncident request,
      CurrentUser user) {
    if (idempotencyKey == null) {
      return ResponseEntity.status(HttpStatus.CREATED).body(report(clientId, request, user));
    }
    return idempotencyKeys.once(
        "incidents of client " + clientId,
        idempotencyKey,
        request,
        HttpStatus.CREATED,
        ReportResult.class,
        () -> report(clientId, request, user));
  }

  private ReportResult report(long clientId, NewIncident request, CurrentUser user) {
    IncidentService.Reported reported =
        incidents.report(
            clientId,
            new IncidentService.IncidentReport(
                request.area(),
                request.sign(),
                request.severity(),
                request.description().strip(),
                request.occurredOn(),
                request.interactionId()),
            user.name());
    int untilReview = Math.max(0, reported.threshold() - reported.strikes());
    return new ReportResult(
        IncidentView.of(reported.incident()),
        reported.strikes(),
        reported.threshold(),
        reported.openedCaseId() != null || reported.deliveredToCaseId() != null ? 0 : untilReview,
        reported.openedCaseId(),
        reported.deliveredToCaseId());
  }

  @GetMapping
  List<IncidentView> list(@PathVariable long clientId) {
    return incidents.incidentsOf(clientId).stream().map(IncidentView::of).toList();
  }

  record NewIncident(
      IncidentArea area,
      @NotNull WarningSign sign,
      @NotNull Severity severity,
      @NotBlank @Size(max = 4000) String description,
      @NotNull @PastOrPresent @SaneDate LocalDate occurredOn,
      @Positive Long interactionId) {}

  /**
   * @param strikes strikes that count towards a review, this one included
   * @param openedCaseId set when this incident opened a case
   * @param addedToCaseId set when the client already had an open case
   */
  record ReportResult(
      IncidentView incident,
      int strikes,
      int threshold,
      int strikesUntilReview,
      Long openedCaseId,
      Long addedToCaseId) {}

  record IncidentView(
      long id,
      Long caseId,
      IncidentArea area,
      WarningSign sign,
      Severity severity,
      String description,
      LocalDate occurredOn,
      String reporter,
      Instant createdAt,
      Long interactionId) {

    static IncidentView of(Incident i) {
      return new IncidentView(
          i.getId(),
          i.getCaseId(),
          i.getArea(),
          i.getSign(),
          i.getSeverity(),
          i.getDescription(),
          i.getOccurredOn(),
          i.getReporter(),
          i.getCreatedAt(),
          i.getInteractionId());
    }
  }
}
