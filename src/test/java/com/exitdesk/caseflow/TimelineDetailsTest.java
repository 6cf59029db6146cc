package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline keeps what happened as data, so the UI can say it in the reader's language. */
class TimelineDetailsTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;

  @Test
  void eachStepOfACaseCarriesItsParameters() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("EXIT"));
    awaitTask(caseId, APPROVE_TERMINATION);

    String entries = "$.timeline[?(@.type == '%s')].details.%s";
    mvc.perform(get("/api/cases/" + caseId).with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath(entries.formatted("INCIDENT_LOGGED", "case"), hasItem("opened")))
        .andExpect(jsonPath(entries.formatted("EVIDENCE_COLLECTED", "strikes"), hasItem(3)))
        .andExpect(
            jsonPath(entries.formatted("RECOMMENDATION_MADE", "recommendation"), hasItem("REPAIR")))
        .andExpect(jsonPath(entries.formatted("CONTRACT_REVIEWED", "decision"), hasItem("EXIT")))
        .andExpect(
            jsonPath(entries.formatted("TASK_COMPLETED", "task"), hasItem("task_review_contract")))
        .andExpect(jsonPath(entries.formatted("TASK_COMPLETED", "reviewDecision"), hasItem("EXIT")))
        .andExpect(
            jsonPath(
                entries.formatted("TASK_CREATED", "task"), hasItem("task_approve_termination")));
  }
}
