package com.exitdesk.reliability;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static com.exitdesk.support.TaskForms.newTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.exitdesk.caseflow.CasePhase;
import com.exitdesk.client.Client;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.ReliabilityFigures;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the app writes to its logs while a case runs (mail sent, an answer link issued, API calls
 * with credentials) holds no client address, no answer-link token and no credentials.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;

  @Test
  void aCaseThatSendsAProposalLeavesNoPersonalDataOrSecretsInTheLogs(CapturedOutput output)
      throws Exception {
    int n = nextNumber();
    String email = "jordan.private." + n + "@client-home.example";
    Client client = client("Jordan Private " + n, email, "en", 12, "3000.00", "2500.00");
    long caseId = caseFromThreeStrikes(client);
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("REPAIR"));
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OLIVIA, newTerms());
    awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
    OutboxMessage proposal = awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL);
    mvc.perform(get("/api/cases/" + caseId).with(httpBasic("olivia", "olivia")));
    mvc.perform(get("/api/tasks").with(httpBasic("maria", "wrong-password")));

    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put("the client's email address", email);
    secrets.put("the answer link's token", answerToken(proposal.getBodyText()));
    secrets.put(
        "Basic credentials",
        Base64.getEncoder().encodeToString("olivia:olivia".getBytes(StandardCharsets.UTF_8)));
    secrets.put("a mistyped password", "wrong-password");

    String logs = output.getAll();
    assertThat(logs)
        .as("the case's work was logged at all")
        .contains("Case " + caseId + " opened")
        .contains("Sent RENEGOTIATION_PROPOSAL of case " + caseId);
    for (Map.Entry<String, String> secret : secrets.entrySet()) {
      assertThat(logs).as(secret.getKey()).doesNotContain(secret.getValue());
    }
    ReliabilityFigures.record(
        "log-hygiene",
        Map.of(
            "log lines checked",
            logs.lines().count(),
            "kinds of personal data or secret looked for",
            secrets.size(),
            "found",
            0));
  }

  private static String answerToken(String body) {
    Matcher link = Pattern.compile("/answer\\.html#(\\S{20,})").matcher(body);
    assertThat(link.find()).as("an answer link in the proposal").isTrue();
    return link.group(1);
  }
}
