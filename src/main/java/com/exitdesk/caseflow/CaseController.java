package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.caseflow.CaseDetails.OpenTask;
import com.exitdesk.caseflow.CaseDetails.ProposalView;
import com.exitdesk.caseflow.CaseDetails.TimelineEntry;
import com.exitdesk.client.ClientService;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.messaging.MessageController.MessageSummary;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.Outbox;
import com.exitdesk.messaging.RenderedMessage;
import com.exitdesk.messaging.StaffCopy;
import com.exitdesk.shared.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

  private final CaseService cases;
  private final ClientAnswers answers;
  private final ClientService clients;
  private final InboxService inbox;
  private final AuditTrail audit;
  private final Outbox outbox;
  private final MessagePreviews previews;

  CaseController(
      CaseService cases,
      ClientAnswers answers,
      ClientService clients,
      InboxService inbox,
      AuditTrail audit,
      Outbox outbox,
      MessagePreviews previews) {
    this.cases = cases;
    this.answers = answers;
    this.clients = clients;
    this.inbox = inbox;
    this.audit = audit;
    this.outbox = outbox;
    this.previews = previews;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CaseSummary open(@Valid @RequestBody OpenCase request, CurrentUser user) {
    return summary(cases.open(request.clientId(), request.reason().strip(), user.name()));
  }

  @GetMapping
  List<CaseSummary> list(@RequestParam(required = false) CaseStatus status) {
    // The cases page asks every few seconds: names and pending proposals in one query each, not
    // one per case.
    List<RelationshipCase> listed = cases.list(status);
    Map<Long, List<InboxTask>> openTasks = inbox.openTasksByCase();
    Map<Long, String> names =
        clients.namesOf(listed.stream().map(RelationshipCase::getClientId).distinct().toList());
    Map<Long, Proposal> pending =
        cases.pendingProposalsOf(
            listed.stream()
                .filter(c -> c.getPhase() == CasePhase.AWAITING_CLIENT_ANSWER)
                .map(RelationshipCase::getId)
                .toList());
    return listed.stream()
        .map(
            c ->
                summary(
                    c,
                    openTasks.getOrDefault(c.getId(), List.of()),
                    names.get(c.getClientId()),
                    pending.get(c.getId())))
        .toList();
  }

  @GetMapping("/{id}")
  CaseDetails details(@PathVariable long id) {
    RelationshipCase c = cases.find(id);
    return CaseDetails.of(
        c,
        summary(c),
        cases.proposalsOf(id).stream().map(ProposalView::of).toList(),
        inbox.openTasksOfCase(id).stream().map(OpenTask::of).toList(),
        audit.forCase(id).stream().map(TimelineEntry::of).toList(),
        outbox.forCase(id).stream().map(MessageSummary::of).toList());
  }

  /** Renders a message from the case as it stands, without sending it. */
  @GetMapping("/{id}/messages/preview")
  Preview preview(
      @PathVariable long id,
      @RequestParam MessageKind kind,
      @RequestParam(required = false) String locale) {
    RenderedMessage rendered = previews.preview(id, kind, locale);
    return new Preview(
        kind,
        rendered.subject(),
        StaffCopy.of(rendered.bodyText()),
        StaffCopy.of(rendered.bodyHtml()),
        rendered.letterHtml() != null);
  }

  @PostMapping("/{id}/client-response")
  ProposalView clientResponse(
      @PathVariable long id, @Valid @RequestBody ClientResponse request, CurrentUser user) {
    return ProposalView.of(
        answers.recordClientAnswer(id, request.accepted(), request.comment(), user.name()));
  }

  @PostMapping("/{id}/withdraw")
  @ResponseStatus(HttpStatus.ACCEPTED)
  CaseSummary withdraw(
      @PathVariable long id, @Valid @RequestBody Withdrawal request, CurrentUser user) {
    return summary(cases.withdraw(id, request.reason().strip(), user.name()));
  }

  private CaseSummary summary(RelationshipCase c) {
    return summary(
        c,
        inbox.openTasksOfCase(c.getId()),
        clients.nameOf(c.getClientId()).orElse(null),
        cases.pendingProposalsOf(List.of(c.getId())).get(c.getId()));
  }

  private CaseSummary summary(
      RelationshipCase c, List<InboxTask> openTasks, String clientName, Proposal pending) {
    Assessment assessment = c.getAssessment();
    return new CaseSummary(
        c.getId(),
        c.getClientId(),
        clientName,
        c.getProcessInstanceKey(),
        c.getStatus(),
        c.getPhase(),
        c.getReason(),
        assessment.recommendation(),
        assessment.rationale(),
        assessment.matchedRule(),
        assessment.strikes(),
        assessment.marginPercent(),
        assessment.monthsToContractEnd(),
        c.getFailedRepairs(),
        c.getOutcome(),
        c.getOpenedBy(),
        c.getOpenedAt(),
        c.getClosedAt(),
        waitingFor(c, openTasks, pending));
  }

  /**
   * What an open case waits for, so a list can say where it stands: its open tasks (by whom), or
   * the client, a period or a date the process is waiting out; {@code PROCESS} while no one is
   * needed.
   */
  private List<Waiting> waitingFor(
      RelationshipCase c, List<InboxTask> openTasks, Proposal pendingProposal) {
    if (c.getStatus().isClosed()) {
      return List.of();
    }
    List<Waiting> waiting = new ArrayList<>();
    for (InboxTask task : openTasks) {
      waiting.add(
          new Waiting(
              WaitingKind.TASK,
              task.getId(),
              task.getElementId(),
              task.getAssignee(),
              task.getCandidateGroups(),
              task.getDueAt()));
    }
    switch (c.getPhase()) {
      case AWAITING_CLIENT_ANSWER -> {
        if (pendingProposal != null) {
          waiting.add(
              new Waiting(
                  WaitingKind.CLIENT_ANSWER,
                  null,
                  null,
                  null,
                  List.of(),
                  pendingProposal.getDeadline()));
        }
      }
      case COOLING_OFF ->
          waiting.add(
              new Waiting(
                  WaitingKind.COOLING_OFF, null, null, null, List.of(), c.getCoolingOffEndsAt()));
      case AWAITING_EXIT_DATE ->
          waiting.add(
              new Waiting(
                  WaitingKind.EXIT_DATE,
                  null,
                  null,
                  null,
                  List.of(),
                  c.getReview().exitDate() == null
                      ? null
                      : c.getReview().exitDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
      case PROBATION ->
          waiting.add(new Waiting(WaitingKind.PROBATION, null, null, null, List.of(), null));
      default -> {
        // Only its tasks, if any.
      }
    }
    if (waiting.isEmpty()) {
      waiting.add(new Waiting(WaitingKind.PROCESS, null, null, null, List.of(), null));
    }
    return waiting;
  }

  /**
   * One thing an open case waits for; {@code until} when that wait ends, when known, and for a task
   * its step, assignee or groups.
   */
  record Waiting(
      WaitingKind kind,
      Long taskId,
      String elementId,
      String assignee,
      List<String> groups,
      Instant until) {}

  enum WaitingKind {
    /** A person: the task's step, assignee or groups say who. */
    TASK,
    CLIENT_ANSWER,
    COOLING_OFF,
    EXIT_DATE,
    PROBATION,
    /** A step of Exit Desk's own is running. */
    PROCESS
  }

  record Preview(MessageKind kind, String subject, String text, String html, boolean hasLetter) {}

  record OpenCase(@NotNull @Positive Long clientId, @NotBlank @Size(max = 1000) String reason) {}

  record ClientResponse(@NotNull Boolean accepted, @Size(max = 2000) String comment) {}

  record Withdrawal(@NotBlank @Size(max = 1000) String reason) {}

  /**
   * @param matchedRule the assess_relationship rule that gave the recommendation; null before the
   *     assessment, and on cases assessed before the decision table named its rules
   */
  record CaseSummary(
      long id,
      long clientId,
      String clientName,
      Long processInstanceKey,
      CaseStatus status,
      CasePhase phase,
      String reason,
      Recommendation recommendation,
      String rationale,
      String matchedRule,
      Integer strikes,
      BigDecimal marginPercent,
      Integer monthsToContractEnd,
      int failedRepairs,
      String outcome,
      String openedBy,
      Instant openedAt,
      Instant closedAt,
      List<Waiting> waitingFor) {}
}
