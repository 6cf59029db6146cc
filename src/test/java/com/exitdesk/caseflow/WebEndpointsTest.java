package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static com.exitdesk.support.TaskForms.newTerms;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.support.ProcessTestSupport;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The endpoints the web UI relies on beyond the core API: sign-in, CSRF, diagram, answers. */
class WebEndpointsTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired AnswerLinks links;

  @Test
  void theSessionTellsWhoIsSignedInAndTheFormLoginStartsASession() throws Exception {
    mvc.perform(get("/api/session"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user").value(nullValue()))
        .andExpect(jsonPath("$.csrfToken").isNotEmpty());

    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(
                    post("/login")
                        .param("username", "maria")
                        .param("password", "maria")
                        .with(csrf()))
                .andExpect(status().isNoContent())
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(get("/api/session").session(session))
        .andExpect(jsonPath("$.user.name").value("maria"))
        .andExpect(jsonPath("$.user.roles", hasItem("OPS")))
        .andExpect(jsonPath("$.user.roles", hasItem("MANAGER")));
    mvc.perform(get("/api/tasks").session(session)).andExpect(status().isOk());
  }

  @Test
  void aWrongPasswordIsRefusedWithoutABrowserPasswordDialog() throws Exception {
    mvc.perform(post("/login").param("username", "maria").param("password", "nope").with(csrf()))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value("Wrong user name or password"));
    mvc.perform(get("/api/tasks").header("X-Requested-With", "XMLHttpRequest"))
        .andExpect(status().isUnauthorized())
        .andExpect(
            result ->
                org.assertj.core.api.Assertions.assertThat(
                        result.getResponse().getHeader("WWW-Authenticate"))
                    .isNull());
  }

  @Test
  void aSessionRequestWithoutTheCsrfTokenIsRefused() throws Exception {
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(
                    post("/login")
                        .param("username", "olivia")
                        .param("password", "olivia")
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
    mvc.perform(
            post("/api/clients")
                .session(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Acme\",\"email\":\"acme@test.example\",\"locale\":\"en\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail", containsString("reload")));
  }

  @Test
  void theDiagramAndACasesProgressAreServed() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    awaitTask(caseId, REVIEW_CONTRACT);

    mvc.perform(get("/api/process/diagram").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"repair_or_exit\"")));
    mvc.perform(get("/api/cases/" + caseId + "/progress").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.completed", hasItem("task_collect_evidence")))
        .andExpect(jsonPath("$.completed", hasItem("task_assess_relationship")))
        .andExpect(jsonPath("$.current", hasItem("task_review_contract")));
    mvc.perform(get("/api/cases/" + caseId).with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.matchedRule").value("rule_third_strike_repair"));
  }

  @Test
  void managersReadTheDecisionTableTheCasesWereAssessedBy() throws Exception {
    mvc.perform(get("/api/criteria-reviews/decision-table").with(httpBasic("maria", "maria")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
        .andExpect(content().string(containsString("id=\"assess_relationship\"")))
        .andExpect(content().string(containsString("name=\"matchedRule\"")));
  }

  @Test
  void anAnswerLinkCannotBeForgedOrUsedAfterTheDeadline() throws Exception {
    long caseId = caseFromThreeStrikes(profitableClient());
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("REPAIR"));
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OLIVIA, newTerms());
    awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
    long proposalId = cases.proposalsOf(caseId).get(0).getId();

    String expired = links.tokenFor(proposalId, Instant.now().minusSeconds(60));
    mvc.perform(
            post("/api/public/proposals/" + expired + "/answer")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"accepted\":true}"))
        .andExpect(status().isGone());
    String valid = links.tokenFor(proposalId, Instant.now().plusSeconds(3600));
    String forged =
        valid.substring(0, valid.indexOf('.')) + ".AAAA" + valid.substring(valid.indexOf('.') + 5);
    mvc.perform(get("/api/public/proposals/" + forged)).andExpect(status().isNotFound());
    mvc.perform(get("/api/public/proposals/not-a-token")).andExpect(status().isNotFound());
    mvc.perform(get("/api/public/proposals/" + valid))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.open").value(true))
        .andExpect(jsonPath("$.scope").value("Monthly catalogue updates only, up to 20 pages."));
    org.assertj.core.api.Assertions.assertThat(caseOf(caseId).getPhase())
        .isEqualTo(CasePhase.AWAITING_CLIENT_ANSWER);
  }
}
