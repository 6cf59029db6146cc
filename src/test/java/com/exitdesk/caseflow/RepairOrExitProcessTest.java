package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.COMPLETE_DELIVERABLE;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.LESSONS_LEARNED;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.PLAN_TRANSITION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.approve;
import static com.exitdesk.support.TaskForms.contractReview;
import static com.exitdesk.support.TaskForms.delivered;
import static com.exitdesk.support.TaskForms.lessons;
import static com.exitdesk.support.TaskForms.newTerms;
import static com.exitdesk.support.TaskForms.reject;
import static com.exitdesk.support.TaskForms.transitionPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientStatus;
import com.exitdesk.client.DeliverableStatus;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.IncidentService.Reported;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.ForbiddenException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.support.ProcessTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through repair-or-exit.bpmn, driven as people would drive it. */
class RepairOrExitProcessTest extends ProcessTestSupport {

  @Autowired AuditTrail audit;
  @Autowired ProposalRepository proposals;

  @Test
  void fewStrikesAndAProfitableAccountAreMonitoredAndTheClientRetained() {
    Client client = profitableClient();
    strike(client, WarningSign.MINIMAL_COMMUNICATION);
    long caseId = cases.open(client.getId(), "Check-in after a tense call", "olivia").getId();

    RelationshipCase closed = awaitCase(caseId, c -> c.getStatus().isClosed());

    assertThat(closed.getStatus()).isEqualTo(CaseStatus.RETAINED);
    assertThat(closed.getAssessment().recommendation()).isEqualTo(Recommendation.MONITOR);
    assertThat(closed.getAssessment().matchedRule()).isEqualTo("rule_benefit_of_doubt_monitor");
    assertThat(closed.getAssessment().strikes()).isEqualTo(1);
    assertThat(inbox.openTasksOfCase(caseId)).isEmpty();
    assertThat(types(caseId))
        .containsSubsequence(
            AuditType.CASE_OPENED,
            AuditType.EVIDENCE_COLLECTED,
            AuditType.RECOMMENDATION_MADE,
            AuditType.CASE_CLOSED);
  }

  @Test
  void acceptedNewTermsThatHoldThroughProbationRepairTheRelationship() {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    proposeNewTerms(caseId);
    OutboxMessage proposal = awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL);
    assertThat(proposal.getRecipient()).isEqualTo(client.getEmail());
    assertThat(proposal.getBodyText()).contains("Monthly catalogue updates only");

    answers.recordClientAnswer(caseId, true, "Fair terms, agreed.", "olivia");
    awaitPhase(caseId, CasePhase.PROBATION);
    assertThat(clients.contractOf(client.getId()).orElseThrow().getScope())
        .isEqualTo("Monthly catalogue updates only, up to 20 pages.");

    awaitTimer(caseId, "timer_probation_clean");
    // Biweekly check-ins over the 90 days: six, each held.
    for (int n = 1; n <= 6; n++) {
      moveClock(Duration.ofDays(14));
      complete(
          awaitTask(caseId, ProcessConstants.UserTasks.HOLD_CHECK_IN),
          OLIVIA,
          Map.of(
              "checkInOutcome", "HELD",
              "checkInAgreed", "Scope stays within the 20 pages.",
              "checkInNextSteps", "Next call in two weeks."));
      int held = n;
      awaitCase(caseId, c -> c.getCheckIns().held() == held);
    }
    moveClock(Duration.ofDays(7));

    RelationshipCase closed = awaitCase(caseId, c -> c.getStatus().isClosed());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.REPAIRED);
    assertThat(closed.getCheckIns().planned()).isEqualTo(6);
    assertThat(proposals.findByCaseIdOrderByIdAsc(caseId))
        .singleElement()
        .extracting(Proposal::getStatus)
        .isEqualTo(ProposalStatus.ACCEPTED);
  }

  @Test
  void aStrikeDuringProbationSendsTheCaseBackToAssessmentWhichNowRecommendsExit() {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    proposeNewTerms(caseId);
    awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL);
    answers.recordClientAnswer(caseId, true, null, "olivia");
    awaitPhase(caseId, CasePhase.PROBATION);
    awaitTimer(caseId, "timer_probation_clean");

    Reported fourth = strike(client, WarningSign.LITTLE_RESPECT);

    assertThat(fourth.deliveredToCaseId()).isEqualTo(caseId);
    RelationshipCase reassessed =
        awaitCase(caseId, c -> c.getAssessment().recommendation() == Recommendation.EXIT);
    assertThat(reassessed.getFailedRepairs()).isEqualTo(1);
    assertThat(reassessed.getAssessment().strikes()).isEqualTo(4);
    // The case keeps the rule of its latest assessment, not of the first.
    assertThat(reassessed.getAssessment().matchedRule()).isEqualTo("rule_failed_repair_exit");
    awaitTask(caseId, REVIEW_CONTRACT);
    assertThat(types(caseId)).contains(AuditType.REPAIR_FAILED);
  }

  @Test
  void aDeclinedProposalLeadsToTheManagersApproval() {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    proposeNewTerms(caseId);
    awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL);

    answers.recordClientAnswer(caseId, false, "We will not pay more.", "olivia");

    awaitTask(caseId, APPROVE_TERMINATION);
    assertThat(caseOf(caseId).getFailedRepairs()).isEqualTo(1);
    assertThat(proposals.findByCaseIdOrderByIdAsc(caseId).get(0).getStatus())
        .isEqualTo(ProposalStatus.DECLINED);
  }

  @Test
  void afterADeclinedProposalTheManagerGivesTheExitsReasonsAndTheLetterStatesThem() {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    Map<String, Object> facts = taskActions.details(review.getId(), OLIVIA).variables();
    assertThat(facts)
        .as("the form starts from the contract and says which language the client reads")
        .containsEntry("clientLanguageName", "English")
        .containsEntry(
            "exitDate", clients.contractOf(client.getId()).orElseThrow().getEndDate().toString());
    assertThat((Map<String, Object>) facts.get("contract")).containsEntry("noticePeriodDays", 30);
    proposeNewTerms(caseId);
    awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL);
    answers.recordClientAnswer(caseId, false, "We will not pay more.", "olivia");

    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);
    assertThatThrownBy(
            () ->
                complete(
                    approval,
                    MARIA,
                    Map.of("approvalDecision", "APPROVE", "approvalComment", "Agreed.")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("exitJustification");
    complete(
        approval,
        MARIA,
        Map.of(
            "approvalDecision",
            "APPROVE",
            "approvalComment",
            "Internal: finance agrees.",
            "exitJustification",
            "Without new terms the workload stays well above what the fee covers."));
    complete(awaitTask(caseId, PLAN_TRANSITION), OLIVIA, transitionPlan());
    awaitTimer(caseId, "timer_cooling_off_elapsed");
    moveClock(Duration.ofHours(24).plusMinutes(1));

    OutboxMessage notice = awaitMessage(caseId, MessageKind.TERMINATION_NOTICE);
    assertThat(notice.getBodyText())
        .contains(
            "Despite our efforts to adjust the agreement",
            "you let us know that you did not accept them",
            "Without new terms the workload stays well above what the fee covers.",
            "approved by our management")
        .doesNotContain(
            "Repeated scope disputes", "Internal: finance agrees.", "We will not pay more.");
  }

  @Test
  void anUnansweredProposalIsRemindedBeforeItsDeadlineThenExpiresIntoTheExitBranch() {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    proposeNewTerms(caseId);
    awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL);
    awaitTimer(caseId, "timer_proposal_reminder");

    moveClock(Duration.ofDays(5).plusMinutes(1));
    OutboxMessage reminder = awaitMessage(caseId, MessageKind.PROPOSAL_REMINDER);
    assertThat(reminder.getRecipient()).isEqualTo(client.getEmail());
    assertThat(openTasks(caseId, APPROVE_TERMINATION)).isEmpty();

    awaitTimer(caseId, "timer_proposal_expired");
    moveClock(Duration.ofDays(2));

    awaitTask(caseId, APPROVE_TERMINATION);
    assertThat(proposals.findByCaseIdOrderByIdAsc(caseId).get(0).getStatus())
        .isEqualTo(ProposalStatus.EXPIRED);
    assertThat(messages(caseId, MessageKind.PROPOSAL_REMINDER)).hasSize(1);
  }

  @Test
  void verbalAbuseFastTracksTheCaseAndTheReviewCannotChooseRepair() {
    Client client = profitableClient();
    Reported abuse = strike(client, WarningSign.VERBAL_ABUSE);
    long caseId = abuse.openedCaseId();
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    assertThat(caseOf(caseId).getAssessment().recommendation()).isEqualTo(Recommendation.FAST_EXIT);
    assertThat(caseOf(caseId).getAssessment().matchedRule()).isEqualTo("rule_abuse_fast_exit");

    assertThatThrownBy(() -> complete(review, OLIVIA, contractReview("REPAIR")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reviewDecision");
    complete(review, OLIVIA, contractReview(null));

    awaitTask(caseId, APPROVE_TERMINATION);
    assertThat(caseOf(caseId).getReview().decision()).isEqualTo(ReviewDecision.EXIT);
  }

  @Test
  void aManagerWhoRejectsTheTerminationCanKeepTheClient() {
    long caseId = caseAwaitingApproval(OLIVIA);

    complete(awaitTask(caseId, APPROVE_TERMINATION), MARIA, reject("RETAIN"));

    RelationshipCase closed = awaitCase(caseId, c -> c.getStatus().isClosed());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.RETAINED);
    assertThat(closed.getApproval().decidedBy()).isEqualTo("maria");
  }

  @Test
  void aManagerWhoRejectsTheTerminationCanAskForARepairInstead() {
    long caseId = caseAwaitingApproval(OLIVIA);

    complete(awaitTask(caseId, APPROVE_TERMINATION), MARIA, reject("REPAIR"));

    awaitTask(caseId, DRAFT_NEW_TERMS);
    assertThat(caseOf(caseId).getPhase()).isEqualTo(CasePhase.DRAFTING_TERMS);
  }

  @Test
  void aManagerCannotApproveTheExitTheyDecidedThemselves() {
    long caseId = caseAwaitingApproval(MARIA);
    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);

    assertThatThrownBy(() -> complete(approval, MARIA, approve()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(openTasks(caseId, APPROVE_TERMINATION)).hasSize(1);

    complete(approval, MATEO, approve());
    awaitPhase(caseId, CasePhase.WINDING_DOWN);
    assertThat(caseOf(caseId).getApproval().decidedBy()).isEqualTo("mateo");
  }

  @Test
  void aWaitingApprovalRemindsTheManagers() {
    long caseId = caseAwaitingApproval(OLIVIA);
    awaitTimer(caseId, "timer_approval_waiting_too_long");

    moveClock(Duration.ofDays(2).plusMinutes(1));

    OutboxMessage reminder = awaitMessage(caseId, MessageKind.APPROVAL_REMINDER);
    assertThat(reminder.getRecipient()).isEqualTo("managers@exitdesk.example");
    assertThat(openTasks(caseId, APPROVE_TERMINATION))
        .as("the reminder does not interrupt")
        .hasSize(1);
  }

  @Test
  void anApprovedExitFinishesEveryDeliverableInParallelCoolsOffNotifiesAndEndsWithARetrospective() {
    Client client = profitableClient();
    long first = deliverable(client, "Catalogue 2027");
    long second = deliverable(client, "Shop migration");
    long third = deliverable(client, "Photo archive");
    long caseId = caseFromThreeStrikes(client);
    Map<String, Object> review = new java.util.HashMap<>(contractReview("EXIT"));
    review.put("exitDate", today().plusYears(3).toString());
    review.put("refundAmount", 250);
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, review);
    complete(awaitTask(caseId, APPROVE_TERMINATION), MARIA, approve());

    List<InboxTask> deliverables = awaitTasks(caseId, COMPLETE_DELIVERABLE, 3);
    assertThat(deliverables)
        .extracting(InboxTask::getName)
        .containsExactlyInAnyOrder(
            "Complete the deliverable: Catalogue 2027",
            "Complete the deliverable: Shop migration",
            "Complete the deliverable: Photo archive");
    InboxTask transition = awaitTask(caseId, PLAN_TRANSITION);
    for (InboxTask task : deliverables) {
      complete(task, OMAR, delivered());
    }
    complete(transition, OLIVIA, transitionPlan());

    awaitPhase(caseId, CasePhase.COOLING_OFF);
    assertThat(types(caseId)).contains(AuditType.REFUND_ISSUED);
    assertThat(clients.deliverablesOf(client.getId()))
        .allMatch(d -> d.getStatus() == DeliverableStatus.DONE)
        .extracting(d -> d.getId())
        .containsExactlyInAnyOrder(first, second, third);
    awaitTimer(caseId, "timer_cooling_off_elapsed");
    assertThat(messages(caseId, MessageKind.TERMINATION_NOTICE))
        .as("nothing goes out in the heat of the moment")
        .isEmpty();

    moveClock(Duration.ofHours(24).plusMinutes(1));
    OutboxMessage notice = awaitMessage(caseId, MessageKind.TERMINATION_NOTICE);
    assertThat(notice.getBodyText())
        .contains("Repeated scope disputes", "Two handover sessions", "€250.00", "Catalogue 2027");
    awaitTimer(caseId, "timer_exit_date_reached");
    assertThat(clients.get(client.getId()).getStatus()).isEqualTo(ClientStatus.ACTIVE);

    moveClock(Duration.ofDays(3 * 366));
    InboxTask retrospective = awaitTask(caseId, LESSONS_LEARNED);
    assertThat(clients.get(client.getId()).getStatus()).isEqualTo(ClientStatus.CLOSED);
    complete(retrospective, OLIVIA, lessons());

    RelationshipCase closed = awaitCase(caseId, c -> c.getStatus().isClosed());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.EXITED);
    assertThat(closed.getRetrospective().ourShare())
        .isEqualTo("We accepted extras without a change request.");
    assertThat(closed.getRetrospective().missedSigns())
        .as("the signs ticked as missed stay countable")
        .containsExactly(WarningSign.MINIMAL_COMMUNICATION, WarningSign.EXPECTATIONS_MISMATCH);
    assertThat(closed.getRetrospective().writtenBy()).isEqualTo("olivia");
    assertThat(closed.getRetrospective().writtenAt()).isNotNull();
    assertThat(inbox.openTasksOfCase(caseId)).isEmpty();
    assertThat(messages(caseId, MessageKind.TERMINATION_NOTICE)).hasSize(1);
  }

  @Test
  void aManagerCanWithdrawTheExitDuringTheCoolingOffButNotBefore() {
    long caseId = caseAwaitingApproval(OLIVIA);
    assertThatThrownBy(() -> cases.withdraw(caseId, "Changed my mind", "maria"))
        .isInstanceOf(ConflictException.class);
    complete(awaitTask(caseId, APPROVE_TERMINATION), MARIA, approve());
    complete(awaitTask(caseId, PLAN_TRANSITION), OLIVIA, transitionPlan());
    awaitPhase(caseId, CasePhase.COOLING_OFF);
    awaitTimer(caseId, "timer_cooling_off_elapsed");

    cases.withdraw(caseId, "The client apologised and changed their contact person", "mateo");

    RelationshipCase closed = awaitCase(caseId, c -> c.getStatus().isClosed());
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(messages(caseId, MessageKind.TERMINATION_NOTICE)).isEmpty();
    assertThat(types(caseId)).contains(AuditType.EXIT_WITHDRAWN);
  }

  private void proposeNewTerms(long caseId) {
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("REPAIR"));
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OLIVIA, newTerms());
    awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
  }

  private long caseAwaitingApproval(com.exitdesk.shared.CurrentUser reviewer) {
    long caseId = caseFromThreeStrikes(profitableClient());
    complete(awaitTask(caseId, REVIEW_CONTRACT), reviewer, contractReview("EXIT"));
    awaitTask(caseId, APPROVE_TERMINATION);
    return caseId;
  }

  private List<AuditType> types(long caseId) {
    return audit.forCase(caseId).stream().map(e -> e.getType()).toList();
  }
}
