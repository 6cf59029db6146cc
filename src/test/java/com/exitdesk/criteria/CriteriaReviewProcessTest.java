package com.exitdesk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.caseflow.CaseStatus;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.incident.IncidentService.Reported;
import com.exitdesk.incident.StrikePolicies;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.support.ProcessTestSupport;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The criteria review on the in-process engine: the timer starts it, a manager can start one (but
 * not a second), the task shows the period's figures, and a new strike threshold applies to the
 * next incident, never to those already logged. Every test leaves no review open and the policy as
 * the settings say (3 strikes in 12 months): the database and engine are shared.
 */
class CriteriaReviewProcessTest extends ProcessTestSupport {

  @Autowired CriteriaReviews reviews;
  @Autowired CriteriaReviewRepository reviewRepository;
  @Autowired StrikePolicies policies;
  @Autowired CamundaClient client;
  @Autowired MockMvc mvc;

  @BeforeEach
  @AfterEach
  void noReviewOpenAndTheConfiguredPolicy() {
    reviewRepository.findByOpenMarkerNotNull().ifPresent(open -> keep(reviewTask(open.getId())));
    await().atMost(WAIT).until(() -> reviewRepository.findByOpenMarkerNotNull().isEmpty());
    if (policies.current().threshold() != 3
        || StrikePolicies.windowMonths(policies.current()) != 12) {
      long id = reviews.start("maria", "Back to the settings after a test").getId();
      complete(reviewTask(id), MARIA, change(3, 12, "Back to the configured policy"));
      awaitCompleted(id);
    }
  }

  @Test
  void theTimerStartsAReviewAtTheConfiguredCycle() throws IOException {
    deployWithCycle("R/P30D");
    try {
      moveClock(Duration.ofDays(31));
      CriteriaReview due =
          await()
              .atMost(WAIT)
              .until(
                  () -> reviewRepository.findByOpenMarkerNotNull().orElse(null),
                  review -> review != null && review.getFiguresJson() != null);
      assertThat(due.getStartedBy()).isEqualTo("system");
      InboxTask task = reviewTask(due.getId());
      assertThat(task.getCandidateGroups()).containsExactly("MANAGER");
      assertThat(task.getName()).isEqualTo("Review the criteria");
    } finally {
      deployWithCycle("R/P100Y");
    }
  }

  @Test
  void aManagerStartsAReviewButNotASecondOneWhileItIsOpen() throws Exception {
    mvc.perform(
            post("/api/criteria-reviews")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Three exits this month\"}")
                .with(csrf())
                .with(httpBasic("maria", "maria")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.open").value(true));
    mvc.perform(
            post("/api/criteria-reviews")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Once more\"}")
                .with(csrf())
                .with(httpBasic("mateo", "mateo")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("criteria-review-open"));
    mvc.perform(
            post("/api/criteria-reviews")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Not mine to start\"}")
                .with(csrf())
                .with(httpBasic("olivia", "olivia")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theTaskShowsTheCasesThatEndedSinceTheLastReview() {
    long previous = reviews.start("maria", "Start a fresh period").getId();
    keep(reviewTask(previous));
    Instant periodStart = awaitCompleted(previous).getCompletedAt();

    long caseId = caseInCoolingOff(profitableClient());
    cases.withdraw(caseId, "The client apologised in person", "mateo");
    awaitCase(caseId, c -> c.getStatus() == CaseStatus.WITHDRAWN);

    long id = reviews.start("maria", "After the withdrawal").getId();
    InboxTask task = reviewTask(id);
    Map<String, Object> variables = taskActions.details(task.getId(), MARIA).variables();
    @SuppressWarnings("unchecked")
    Map<String, Object> figures = (Map<String, Object>) variables.get("figures");
    assertThat(Instant.parse((String) figures.get("from"))).isEqualTo(periodStart);
    assertThat(((Number) figures.get("cases")).intValue()).isEqualTo(1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> outcomes = (List<Map<String, Object>>) figures.get("outcomes");
    assertThat(outcomes)
        .extracting(o -> o.get("outcome"), o -> ((Number) o.get("cases")).intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("REPAIRED", 0),
            org.assertj.core.groups.Tuple.tuple("EXITED", 0),
            org.assertj.core.groups.Tuple.tuple("RETAINED", 0),
            org.assertj.core.groups.Tuple.tuple("WITHDRAWN", 1));
    assertThat(variables)
        .containsEntry("currentThreshold", 3)
        .containsEntry("currentWindowMonths", 12);
    assertThat(taskActions.details(task.getId(), MARIA).form().toString())
        .contains("strike number 3 within 12 months");
  }

  @Test
  void aNewThresholdAppliesToTheNextIncidentAndNotToThoseAlreadyLogged() {
    Client twoStrikesBefore = profitableClient();
    strike(twoStrikesBefore, WarningSign.MINIMAL_COMMUNICATION);
    assertThat(strike(twoStrikesBefore, WarningSign.NOT_PROGRESSING).openedCaseId()).isNull();
    Client oneStrikeBefore = profitableClient();
    assertThat(strike(oneStrikeBefore, WarningSign.LOSING_MONEY).openedCaseId()).isNull();

    long id = reviews.start("maria", "Too many exits came late").getId();
    complete(reviewTask(id), MARIA, change(2, 12, "Exits came too late: open a review sooner"));
    CriteriaReview done = awaitCompleted(id);
    assertThat(done.getDecision()).isEqualTo("CHANGE");
    assertThat(done.getCompletedBy()).isEqualTo("maria");
    assertThat(policies.current().threshold()).isEqualTo(2);

    assertThat(cases.openCaseOf(twoStrikesBefore.getId()))
        .as("the incidents already logged are not judged again")
        .isEmpty();
    Reported second = strike(oneStrikeBefore, WarningSign.REPEATS_SAME_MISTAKE);
    assertThat(second.threshold()).isEqualTo(2);
    assertThat(second.openedCaseId()).as("the next incident meets the new threshold").isNotNull();
  }

  @Test
  void changingTheCriteriaNeedsADifferentValueAndAReason() {
    long id = reviews.start("maria", "Check the rules").getId();
    InboxTask task = reviewTask(id);
    assertThatThrownBy(() -> complete(task, MARIA, change(3, 12, "Nothing actually changes")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("strikeThreshold");
    assertThatThrownBy(() -> complete(task, MARIA, change(4, 12, "")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("changeReason");
    assertThat(policies.current().threshold()).isEqualTo(3);
  }

  @Test
  void aReviewWhoseProcessWasCancelledOutsideTheAppNoLongerBlocksTheNext() {
    long id = reviews.start("maria", "Cancelled in Operate by mistake").getId();
    InboxTask task = reviewTask(id);
    client
        .newCancelInstanceCommand(
            reviewRepository.findById(id).orElseThrow().getProcessInstanceKey())
        .send()
        .join();
    InboxTask refused = complete(task, MARIA, Map.of("criteriaDecision", "KEEP"));
    assertThat(refused.getStatus())
        .as(
            "the engine refuses the submission: the inbox finds the process gone, takes the task back")
        .isEqualTo(com.exitdesk.inbox.InboxTaskStatus.CANCELED);
    assertThat(refused.getCompletionRefusal()).isEqualTo("process-moved-on");

    long next = reviews.start("maria", "After the cancelled one").getId();
    CriteriaReview abandoned = reviewRepository.findById(id).orElseThrow();
    assertThat(abandoned.isOpen()).isFalse();
    assertThat(abandoned.getDecision()).isEqualTo(CriteriaReviews.ABANDONED);
    assertThat(abandoned.getCompletedAt()).as("it starts no period").isNull();
    keep(reviewTask(next));
    awaitCompleted(next);
  }

  private void deployWithCycle(String cycle) throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/bpmn/" + CriteriaReviewModel.FILE_NAME)) {
      byte[] model = CriteriaReviewSchedule.withCycle(in.readAllBytes(), cycle);
      assertThat(CriteriaReviewSchedule.cycleOf(model)).isEqualTo(cycle);
      client
          .newDeployResourceCommand()
          .addResourceBytes(model, CriteriaReviewModel.FILE_NAME)
          .send()
          .join();
    }
  }

  private InboxTask reviewTask(long reviewId) {
    return ReviewTasks.awaitReviewTask(inbox, reviewRepository, reviewId, WAIT);
  }

  private void keep(InboxTask task) {
    complete(task, MARIA, Map.of("criteriaDecision", "KEEP"));
  }

  private CriteriaReview awaitCompleted(long reviewId) {
    return await()
        .atMost(WAIT)
        .until(() -> reviewRepository.findById(reviewId).orElseThrow(), r -> !r.isOpen());
  }

  private static Map<String, Object> change(int threshold, int windowMonths, String reason) {
    return Map.of(
        "criteriaDecision",
        "CHANGE",
        "strikeThreshold",
        threshold,
        "strikeWindowMonths",
        windowMonths,
        "changeReason",
        reason);
  }
}
