package com.exitdesk.caseflow;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.messaging.MessageDispatcher;
import com.exitdesk.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What an operator sees: health of engine, database and mail server, and the metrics. */
class OperationsTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired RenegotiationSteps renegotiation;
  @Autowired MessageDispatcher dispatcher;

  @Test
  void healthReportsTheEngineTheModelsTheDatabaseAndTheMailServer() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components.engine.status").value("UP"))
        .andExpect(jsonPath("$.components.models.status").value("UP"))
        .andExpect(jsonPath("$.components.db.status").value("UP"))
        .andExpect(jsonPath("$.components.mail.status").value("UP"));
  }

  @Test
  void metricsCountCasesTasksMessagesAndWorkerDurations() throws Exception {
    long retained = cases.open(profitableClient().getId(), "Review", "olivia").getId();
    awaitCase(retained, c -> c.getStatus().isClosed());
    long caseId = caseDraftingNewTerms(profitableClient());
    dispatcher.dispatch(
        renegotiation
            .sendProposal(
                new Step(caseId, 9_400_000_000L + caseId, JobTypes.SEND_PROPOSAL, null),
                new NewTerms("Scope", "Boundaries", "EMAIL", "WEEKLY", new BigDecimal("100")),
                Duration.ofDays(7),
                null)
            .outboxId());

    mvc.perform(get("/actuator/prometheus").with(httpBasic("maria", "maria")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("exitdesk_cases{status=\"RETAINED\"}")))
        .andExpect(content().string(containsString("exitdesk_tasks_open")))
        .andExpect(content().string(containsString("exitdesk_tasks_overdue")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "exitdesk_messages_total{kind=\"RENEGOTIATION_PROPOSAL\",outcome=\"sent\"}")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "exitdesk_worker_duration_seconds_count{outcome=\"completed\",type=\"exitdesk.collect-evidence\"}")));
  }
}
