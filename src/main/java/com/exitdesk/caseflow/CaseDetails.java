package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.caseflow.CaseController.CaseSummary;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.inbox.InboxTaskStatus;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.MessageController.MessageSummary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The case page: everything the API shows about one case, its review, approval, transition,
 * check-ins and retrospective as the people who decided them wrote them, with its proposals, open
 * tasks, timeline and messages.
 */
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
    List<MessageSummary> messages) {

  static CaseDetails of(
      RelationshipCase c,
      CaseSummary summary,
      List<ProposalView> proposals,
      List<OpenTask> openTasks,
      List<TimelineEntry> timeline,
      List<MessageSummary> messages) {
    ContractReview review = c.getReview();
    ExitApproval approval = c.getApproval();
    TransitionPlan transition = c.getTransition();
    CheckInTally checkIns = c.getCheckIns();
    LessonsLearned lessons = c.getRetrospective();
    return new CaseDetails(
        summary,
        new Review(
            review.canTerminateLegally(),
            review.terminationClause(),
            review.exitDate(),
            review.noticePeriodDays(),
            review.earlyTerminationFee(),
            review.refundAmount(),
            ReviewDecision.nameOf(review.decision()),
            review.justification(),
            review.reviewedBy()),
        new Approval(
            ApprovalDecision.nameOf(approval.decision()), approval.decidedBy(), approval.comment()),
        new Transition(
            transition.handoverPlan(),
            transition.dataReturn(),
            transition.alternatives(),
            transition.contact()),
        new CheckIns(checkIns.cadence(), checkIns.planned(), checkIns.held(), checkIns.missed()),
        c.getCoolingOffEndsAt(),
        proposals,
        openTasks,
        lessons.writtenAt() == null
            ? null
            : new Retrospective(
                lessons.whatHappened(),
                lessons.ourShare(),
                lessons.warningSignsMissed(),
                lessons.missedSigns(),
                lessons.criteriaChange(),
                lessons.writtenBy(),
                lessons.writtenAt()),
        timeline,
        messages);
  }

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
