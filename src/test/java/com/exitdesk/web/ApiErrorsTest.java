package com.exitdesk.web;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.APPROVE_TERMINATION;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientRepository;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.inbox.InboxTaskStatus;
import com.exitdesk.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The API's answers to bad input, wrong roles, unknown ids and lost races. */
class ApiErrorsTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ClientRepository clientRepository;

  @Test
  void aClientWithABadEmailIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    long before = clientRepository.count();

    mvc.perform(
            as("olivia", post("/api/clients"))
                .content("{\"name\":\"Acme\",\"email\":\"not-an-email\",\"locale\":\"en\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", hasItem("email")));

    assertThat(clientRepository.count()).isEqualTo(before);
  }

  @Test
  void lineBreaksInANameAreRefusedBecauseNamesReachMailHeaders() throws Exception {
    mvc.perform(
            as("olivia", post("/api/clients"))
                .content(
                    "{\"name\":\"Acme\\r\\nBcc: x@evil.example\",\"email\":\"a@b.example\",\"locale\":\"en\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
  }

  @Test
  void unknownFieldsWrongTypesAndBrokenJsonAreNamed() throws Exception {
    mvc.perform(
            as("olivia", post("/api/clients"))
                .content(
                    "{\"name\":\"Acme\",\"email\":\"a@b.example\",\"locale\":\"en\",\"vip\":true}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("vip"));
    mvc.perform(
            as("olivia", post("/api/clients"))
                .content("{\"name\":\"Acme\",\"email\":\"a@b.example\",\"locale\":\"fr\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("locale"));
    mvc.perform(as("olivia", post("/api/clients")).content("{\"name\":"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
  }

  @Test
  void aContractThatEndsBeforeItStartsIsRefused() throws Exception {
    Client client = profitableClient();
    mvc.perform(
            as(
                    "olivia",
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/clients/" + client.getId() + "/contract"))
                .content(
                    """
                    {"startDate":"2026-01-01","endDate":"2025-01-01","monthlyFee":100,
                     "currency":"EUR","noticePeriodDays":30,"earlyTerminationFee":0}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("endDate"));
  }

  @Test
  void aSecondLedgerEntryForTheSameMonthAnswers409() throws Exception {
    Client client = profitableClient();
    String entry = "{\"month\":\"2020-01\",\"revenue\":100,\"cost\":50,\"hours\":2}";

    mvc.perform(as("olivia", post("/api/clients/" + client.getId() + "/ledger")).content(entry))
        .andExpect(status().isCreated());
    mvc.perform(as("olivia", post("/api/clients/" + client.getId() + "/ledger")).content(entry))
        .andExpect(status().isConflict());
  }

  @Test
  void unknownIdsAnswer404() throws Exception {
    mvc.perform(as("olivia", get("/api/clients/987654")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Client 987654 does not exist"))
        .andExpect(jsonPath("$.code").value("client-not-found"));
    mvc.perform(as("olivia", get("/api/cases/987654")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("case-not-found"));
    mvc.perform(as("olivia", get("/api/tasks/987654")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("task-not-found"));
    mvc.perform(as("olivia", post("/api/cases")).content("{\"clientId\":987654,\"reason\":\"x\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void withoutCredentialsTheApiAnswers401() throws Exception {
    mvc.perform(get("/api/clients"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void operationsStaffMayNotWithdrawAnExit() throws Exception {
    mvc.perform(as("olivia", post("/api/cases/1/withdraw")).content("{\"reason\":\"x\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void operationsStaffMayNotWorkOnAManagersTask() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("EXIT"));
    InboxTask approval = awaitTask(caseId, APPROVE_TERMINATION);

    mvc.perform(
            as("omar", post("/api/tasks/" + approval.getId() + "/complete"))
                .content(
                    "{\"variables\":{\"approvalDecision\":\"APPROVE\",\"approvalComment\":\"ok\"}}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("task-for-other-groups"))
        .andExpect(jsonPath("$.groups", hasItem("MANAGER")));
    mvc.perform(as("omar", get("/api/tasks")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + approval.getId() + ")]").isEmpty());
  }

  @Test
  void aFormWithBadValuesIsRefusedNamingEachFieldAndTheTaskStaysOpen() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    Map<String, Object> variables = new java.util.HashMap<>(contractReview("EXIT"));
    variables.put("noticePeriodDays", -5);
    variables.put("reviewDecision", "MAYBE");
    variables.put("injected", "x");

    mvc.perform(
            as("olivia", post("/api/tasks/" + review.getId() + "/complete"))
                .content(json.writeValueAsString(Map.of("variables", variables))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("noticePeriodDays")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("reviewDecision")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("injected")))
        .andExpect(jsonPath("$.code").value("invalid-input"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'noticePeriodDays')].code", hasItem("too-small")))
        .andExpect(jsonPath("$.errors[?(@.field == 'noticePeriodDays')].limit", hasItem("0")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'reviewDecision')].code", hasItem("not-an-option")))
        .andExpect(jsonPath("$.errors[?(@.field == 'injected')].code", hasItem("unknown-field")));

    assertThat(openTasks(caseId, REVIEW_CONTRACT))
        .singleElement()
        .extracting(InboxTask::getStatus)
        .isEqualTo(InboxTaskStatus.OPEN);
  }

  @Test
  void aTaskSomeoneElseCompletedAnswers409() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    String body = json.writeValueAsString(Map.of("variables", contractReview("EXIT")));

    mvc.perform(as("olivia", post("/api/tasks/" + review.getId() + "/complete")).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COMPLETING"));
    awaitSubmissionSettled(review.getId(), OLIVIA);
    mvc.perform(as("omar", post("/api/tasks/" + review.getId() + "/complete")).content(body))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("already completed by olivia")))
        .andExpect(jsonPath("$.code").value("task-completed"));
  }

  @Test
  void aTaskClaimedBySomeoneElseCannotBeCompleted() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    InboxTask review = awaitTask(caseId, REVIEW_CONTRACT);
    mvc.perform(as("olivia", post("/api/tasks/" + review.getId() + "/claim")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignee").value("olivia"));

    mvc.perform(as("omar", post("/api/tasks/" + review.getId() + "/claim")))
        .andExpect(status().isConflict());
    mvc.perform(
            as("omar", post("/api/tasks/" + review.getId() + "/complete"))
                .content(json.writeValueAsString(Map.of("variables", contractReview("EXIT")))))
        .andExpect(status().isConflict());
  }

  @Test
  void aClientAnswerWhenNoProposalIsPendingAnswers409() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    mvc.perform(
            as("olivia", post("/api/cases/" + caseId + "/client-response"))
                .content("{\"accepted\":true}"))
        .andExpect(status().isConflict());
    mvc.perform(
            as("olivia", post("/api/cases/" + caseId + "/client-response"))
                .content("{\"comment\":\"no answer field\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("accepted"))
        .andExpect(jsonPath("$.field").value("accepted"))
        .andExpect(jsonPath("$.errors[0].code").value("required"));
  }

  @Test
  void aSecondCaseForAClientWithAnOpenOneAnswers409() throws Exception {
    Client client = profitableClient();
    long caseId = caseFromThreeStrikes(client);
    mvc.perform(
            as("olivia", post("/api/cases"))
                .content("{\"clientId\":" + client.getId() + ",\"reason\":\"again\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("open case " + caseId)))
        .andExpect(jsonPath("$.code").value("case-already-open"));
  }

  private static MockHttpServletRequestBuilder as(
      String user, MockHttpServletRequestBuilder request) {
    return request.with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON);
  }
}
