package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.audit.AuditTrail;
import com.exitdesk.client.ClientService;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.inbox.InboxTaskStatus;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.MessageController.MessageSummary;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.Outbox;
import com.exitdesk.messaging.RenderedMessage;
import com.exitdesk.messaging.StaffCopy;
import com.exitdesk.shared.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
  private final ClientService clients;
  private final InboxService inbox;
  private final AuditTrail audit;
  private final Outbox outbox;
  private final MessagePreviews previews;

  CaseController(
      CaseService cases,
      ClientService clients,
      InboxService inbox,
      AuditTrail audit,
      Outbox outbox,
      MessagePreviews previews) {
    this.cases = cases;
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
    return new CaseDetails(
        summary(c),
        new Review(
            c.getCanTerminateLegally(),
            c.getTerminationClause(),
            c.getExitDate(),
            c.getNoticePeriodDays(),
            c.getEarlyTerminationFee(),
            c.getRefundAmount(),
            ReviewDecision.nameOf(c.getReviewDecision()),
            c.getJustification(),
            c.getExitDecidedBy()),
        new Approval(
            ApprovalDecision.nameOf(c.getApprovalDecision()),
            c.getApprovedBy(),
            c.getApprovalComment()),
        new Transition(
            c.getHandoverPlan(), c.getDataReturn(), c.getAlternatives(), c.getTransitionContact()),
        new CheckIns(
            c.getCheckInCadence(),
            c.getCheckInsPlanned(),
            c.getCheckInsHeld(),
            c.getCheckInsMissed()),
        c.getCoolingOffEndsAt(),
        cases.proposalsOf(id).stream().map(ProposalView::of).toList(),
        inbox.openTasksOfCase(id).stream().map(OpenTask::of).toList(),
        c.getRetrospectiveAt() == null
            ? null
            : new Retrospective(
                c.getWhatHappened(),
                c.getOurShare(),
                c.getWarningSignsMissed(),
                c.getMissedSigns(),
                c.getCriteriaChange(),
                c.getRetrospectiveBy(),
                c.getRetrospectiveAt()),
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
        cases.recordClientAnswer(id, request.accepted(), request.comment(), user.name()));
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
    return new CaseSummary(
        c.getId(),
        c.getClientId(),
        clientName,
        c.getProcessInstanceKey(),
        c.getStatus(),
        c.getPhase(),
        c.getReason(),
        c.getRecommendation(),
        c.getRationale(),
        c.getMatchedRule(),
        c.getStrikes(),
        c.getMarginPercent(),
        c.getMonthsToContractEnd(),
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
                  c.getExitDate() == null
                      ? null
                      : c.getExitDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
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

  record Review(
      Boolean canTerminateLegally,
      String terminationClause,
      LocalDate exitDate,
      Integer noticePeriodDays,
      BigDecimal earlyTerminationFee,
      BigDecimal refundAmount,
      String decision,
      String justification,
      String reviewedBy) {}

  record Approval(String decision, String decidedBy, String comment) {}

  record Transition(String handoverPlan, String dataReturn, String alternatives, String contact) {}

  /** What the team learned from an exit; null until the retrospective is written. */
  record Retrospective(
      String whatHappened,
      String ourShare,
      String warningSignsMissed,
      List<WarningSign> missedSigns,
      String criteriaChange,
      String writtenBy,
      Instant writtenAt) {}

  /**
   * The check-ins of the case's latest probation; all zero and no cadence before the first.
   *
   * @param held held with the client
   * @param missed the client did not attend, or we did not hold it
   */
  record CheckIns(String cadence, int planned, int held, int missed) {}

  record CaseDetails(
      CaseSummary summary,
      Review contractReview,
      Approval approval,
      Transition transition,
      CheckIns checkIns,
      Instant coolingOffEndsAt,
      List<ProposalView> proposals,
      List<OpenTask> openTasks,
      Retrospective retrospective,
      List<TimelineEntry> timeline,
      List<MessageSummary> messages) {}

  record ProposalView(
      long id,
      String scope,
      String boundaries,
      String communicationChannel,
      String checkInCadence,
      BigDecimal monthlyFee,
      Instant deadline,
      ProposalStatus status,
      String clientComment,
      Instant answeredAt) {

    static ProposalView of(Proposal p) {
      return new ProposalView(
          p.getId(),
          p.getScope(),
          p.getBoundaries(),
          p.getCommunicationChannel(),
          p.getCheckInCadence(),
          p.getMonthlyFee(),
          p.getDeadline(),
          p.getStatus(),
          p.getClientComment(),
          p.getAnsweredAt());
    }
  }

  /**
   * A task of the case still in the inbox: {@code OPEN} to work on, or {@code COMPLETING} when
   * {@code completedBy} submitted it and the engine has not taken it yet.
   */
  record OpenTask(
      long id,
      String elementId,
      String name,
      String assignee,
      List<String> candidateGroups,
      Instant created,
      String status,
      String completedBy) {

    static OpenTask of(InboxTask t) {
      return new OpenTask(
          t.getId(),
          t.getElementId(),
          t.getName(),
          t.getAssignee(),
          t.getCandidateGroups(),
          t.getCreatedAt(),
          t.getStatus().name(),
          t.getStatus() == InboxTaskStatus.COMPLETING ? t.getCompletedBy() : null);
    }
  }

  /**
   * One line of the timeline: {@code type} and {@code details} (its parameters; absent on entries
   * recorded before they were kept) say what happened in a form the UI words per language; {@code
   * summary} is the English sentence.
   */
  record TimelineEntry(
      Instant at, String actor, String type, String summary, Map<String, Object> details) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TimelineEntry of(AuditEvent e) {
      return new TimelineEntry(
          e.getOccurredAt(), e.getActor(), e.getType().name(), e.getSummary(), details(e));
    }

    private static Map<String, Object> details(AuditEvent e) {
      if (e.getDetails() == null) {
        return null;
      }
      try {
        return JSON.readValue(e.getDetails(), new TypeReference<Map<String, Object>>() {});
      } catch (JsonProcessingException unreadable) {
        return null;
      }
    }
  }
}
