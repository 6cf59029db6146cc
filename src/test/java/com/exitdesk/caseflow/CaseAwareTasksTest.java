package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.exitdesk.caseflow.CaseController.CaseSummary;
import com.exitdesk.caseflow.CaseController.Waiting;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.inbox.TaskActions.TaskDetails;
import com.exitdesk.shared.ForbiddenException;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.TaskForms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the task pages and the cases list are built from: the facts a form shows come with the task,
 * a manager's own exit says why they cannot complete it, a completed task keeps what was sent, and
 * each open case says what it waits for.
 */
class CaseAwareTasksTest extends ProcessTestSupport {

  @Autowired CaseController caseController;

  @Test
  void theReviewStartsFromTheContractAndAnExitDateTheNoticePeriodAllows() {
    // The term ends in about two weeks, the notice period is 30 days: the term's end is too soon.
    Client client = client(0, "3000.00", "3500.00");
    long caseId = caseFromThreeStrikes(client);

    TaskDetails review = taskActions.details(awaitTask(caseId, REVIEW_CONTRACT).getId(), OLIVIA);

    assertThat(review.variables()).containsEntry("exitDate", today().plusDays(30).toString());
    assertThat((Map<String, Object>) review.variables().get("contract"))
        .containsEntry("startDate", today().minusMonths(12).toString())
        .containsEntry("noticePeriodDays", 30)
        .containsEntry("currency", "EUR")
        .containsKeys("monthlyFee", "earlyTerminationFee");
    assertThat(review.today()).isEqualTo(today());
    assertThat(review.submitted()).as("nothing sent yet").isNull();
    assertThat(review.blockedReason()).isNull();
  }

  @Test
  void aManagerSeesTheirOwnExitAsBlockedAndAnotherManagerMayDecideIt() {
    long caseId = caseFromThreeStrikes(client(6, "3000.00", "3500.00"));
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    complete(review, MATEO, TaskForms.contractReview("EXIT"));
    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);

    assertThat(inbox.openTasksFor(MATEO, 0, 200).tasks())
        .as("listed to the manager who proposed the exit")
        .extracting(InboxTask::getId)
        .contains(approval.getId());
    assertThat(taskActions.blockedReason(approval, MATEO)).isEqualTo("own-exit");
    assertThat(taskActions.details(approval.getId(), MATEO).blockedReason()).isEqualTo("own-exit");
    assertThat(taskActions.blockedReason(approval, MARIA)).isNull();
    assertThatThrownBy(() -> complete(approval, MATEO, TaskForms.approve()))
        .isInstanceOf(ForbiddenException.class);

    TaskDetails sent = taskActions.details(review.getId(), MARIA);
    assertThat(sent.task().isOpen()).isFalse();
    assertThat(sent.submitted())
        .as("a completed task keeps what was sent, and who decided")
        .containsEntry("justification", "Repeated scope disputes the team cannot absorb.")
        .containsEntry("reviewDecision", "EXIT")
        .containsEntry("exitDecidedBy", "mateo");
  }

  @Test
  void theApprovalAfterADeclinedProposalKnowsWhoDraftedItAndHowTheClientAnswered() {
    long caseId = caseFromThreeStrikes(client(6, "3000.00", "2000.00"));
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, TaskForms.contractReview("REPAIR"));
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OMAR, TaskForms.newTerms());
    awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
    assertThat(waitingFor(caseId))
        .extracting(Waiting::kind)
        .as("the client's answer, until the deadline")
        .containsExactly(CaseController.WaitingKind.CLIENT_ANSWER);
    assertThat(waitingFor(caseId).get(0).until()).isNotNull();

    answers.recordClientAnswer(caseId, false, "Too expensive.", "olivia");
    Map<String, Object> facts =
        taskActions.details(awaitTask(caseId, APPROVE_TERMINATION).getId(), MARIA).variables();

    assertThat(facts)
        .containsEntry("termsDraftedBy", "omar")
        .containsEntry("clientAccepted", false)
        .containsEntry("clientComment", "Too expensive.")
        .containsEntry("clientAnswerRecordedBy", "olivia")
        .containsEntry("repairOutcome", "PROPOSAL_DECLINED")
        .containsKey("clientAnsweredAt");
  }

  @Test
  void eachOpenCaseSaysWhatItWaitsFor() {
    long caseId = caseFromThreeStrikes(client(6, "3000.00", "3500.00"));
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);

    assertThat(waitingFor(caseId))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(CaseController.WaitingKind.TASK);
              assertThat(w.taskId()).isEqualTo(review.getId());
              assertThat(w.elementId()).isEqualTo(REVIEW_CONTRACT);
              assertThat(w.groups()).containsExactly("OPS");
            });

    taskActions.claim(review.getId(), OLIVIA);
    assertThat(waitingFor(caseId))
        .singleElement()
        .extracting(Waiting::assignee)
        .isEqualTo("olivia");
  }

  private List<Waiting> waitingFor(long caseId) {
    return caseController.list(null).stream()
        .filter(c -> c.id() == caseId)
        .map(CaseSummary::waitingFor)
        .findFirst()
        .orElseThrow();
  }
}
