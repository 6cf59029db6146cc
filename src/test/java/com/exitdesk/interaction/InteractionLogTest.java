package com.exitdesk.interaction;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static com.exitdesk.support.TaskForms.newTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.CasePhase;
import com.exitdesk.caseflow.Recommendation;
import com.exitdesk.caseflow.RelationshipCase;
import com.exitdesk.client.Client;
import com.exitdesk.client.CommunicationChannel;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The interaction log through its API, and what the app records there by itself. */
class InteractionLogTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired InteractionService interactions;
  @Autowired AuditTrail audit;

  @Test
  void staffRecordInteractionsThatListNewestFirstAndFilterByKind() throws Exception {
    Client client = profitableClient();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    JsonNode call =
        created(
            client,
            interaction("CALL", now.minus(3, ChronoUnit.DAYS), "PHONE", "Ana Ruiz, olivia"));
    Map<String, Object> meeting =
        interaction("MEETING", now.minus(1, ChronoUnit.DAYS), "VIDEO_CALL", "Ana Ruiz, maria");
    meeting.put("agreementMade", true);
    meeting.put("agreement", "Feedback within two working days");
    JsonNode agreed = created(client, meeting);

    assertThat(call.path("origin").asText()).isEqualTo("STAFF");
    assertThat(call.path("recordedBy").asText()).isEqualTo("olivia");
    assertThat(agreed.path("agreement").asText()).isEqualTo("Feedback within two working days");

    JsonNode all = list(client, "");
    assertThat(all).hasSize(2);
    assertThat(all.get(0).path("id").asLong()).isEqualTo(agreed.path("id").asLong());
    assertThat(all.get(1).path("kind").asText()).isEqualTo("CALL");
    JsonNode calls = list(client, "?kind=CALL");
    assertThat(calls).singleElement().extracting(n -> n.path("id").asLong()).isEqualTo(id(call));

    MockHttpServletResponse unknownKind =
        mvc.perform(
                get("/api/clients/" + client.getId() + "/interactions?kind=SMOKE_SIGNAL")
                    .with(httpBasic("olivia", "olivia")))
            .andReturn()
            .getResponse();
    assertThat(unknownKind.getStatus()).isEqualTo(400);
    assertThat(unknownKind.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void aCorrectionIsANewEntryAndTheCorrectedOneStaysOnRecord() throws Exception {
    Client client = profitableClient();
    Instant when = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    JsonNode first = created(client, interaction("CALL", when, "PHONE", "Ana Ruiz"));

    Map<String, Object> fix = interaction("CALL", when, "PHONE", "Ana Ruiz, Luis Gil");
    fix.put("summary", "Luis joined the call too");
    fix.put("correctsId", id(first));
    JsonNode correction = created(client, fix);

    assertThat(correction.path("correctsId").asLong()).isEqualTo(id(first));
    JsonNode all = list(client, "");
    assertThat(all).hasSize(2);
    JsonNode original = find(all, id(first));
    assertThat(original.path("summary").asText()).isEqualTo("We talked about the invoices");
    assertThat(original.path("correctedById").asLong()).isEqualTo(id(correction));

    // One correction per entry: a second one corrects the correction instead.
    assertThat(post(client, fix).getStatus()).isEqualTo(409);
    Map<String, Object> again = new HashMap<>(fix);
    again.put("correctsId", id(correction));
    assertThat(post(client, again).getStatus()).isEqualTo(201);
  }

  @Test
  void rulesTheFieldsCannotSayAloneAreProblemDetailsThatChangeNothing() throws Exception {
    Client client = profitableClient();
    Client other = profitableClient();
    Instant when = Instant.now().minus(1, ChronoUnit.HOURS);
    JsonNode othersCall = created(other, interaction("CALL", when, "PHONE", "Someone else"));

    Map<String, Object> agreementWithoutWhat = interaction("MEETING", when, "IN_PERSON", "Ana");
    agreementWithoutWhat.put("agreementMade", true);
    assertRefused(client, agreementWithoutWhat, "agreement");

    Map<String, Object> whatWithoutAgreement = interaction("MEETING", when, "IN_PERSON", "Ana");
    whatWithoutAgreement.put("agreement", "Something");
    assertRefused(client, whatWithoutAgreement, "agreementMade");

    assertRefused(client, interaction("AGREEMENT", when, "EMAIL", "Ana"), "agreementMade");
    assertRefused(client, interaction("CALL", when, "ANSWER_LINK", "Ana"), "channel");
    assertRefused(
        client,
        interaction("CALL", Instant.now().plus(1, ChronoUnit.DAYS), "PHONE", "Ana"),
        "occurredAt");
    Map<String, Object> othersCorrection = interaction("CALL", when, "PHONE", "Ana");
    othersCorrection.put("correctsId", id(othersCall));
    assertRefused(client, othersCorrection, "correctsId");

    assertThat(list(client, "")).isEmpty();
    assertThat(
            mvc.perform(
                    MockMvcRequestBuilders.post("/api/clients/987654/interactions")
                        .with(httpBasic("olivia", "olivia"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            json.writeValueAsString(interaction("CALL", when, "PHONE", "Ana"))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void anIncidentPointsToTheInteractionWhereItHappenedOfTheSameClientOnly() throws Exception {
    Client client = profitableClient();
    Client other = profitableClient();
    Instant when = Instant.now().minus(1, ChronoUnit.HOURS);
    JsonNode call = created(client, interaction("CALL", when, "PHONE", "Ana Ruiz"));
    JsonNode othersCall = created(other, interaction("CALL", when, "PHONE", "Luis Gil"));

    Map<String, Object> incident = new HashMap<>();
    incident.put("sign", "LITTLE_RESPECT");
    incident.put("severity", "MEDIUM");
    incident.put("description", "Shouted over the team during the call");
    incident.put("occurredOn", today().toString());
    incident.put("interactionId", id(othersCall));
    MockHttpServletResponse refused = postIncident(client, incident);
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).contains("interactionId");
    assertThat(incidents.incidentsOf(client.getId())).isEmpty();

    incident.put("interactionId", id(call));
    MockHttpServletResponse logged = postIncident(client, incident);
    assertThat(logged.getStatus()).isEqualTo(201);
    assertThat(
            json.readTree(logged.getContentAsString())
                .path("incident")
                .path("interactionId")
                .asLong())
        .isEqualTo(id(call));
  }

  @Test
  void messagesTheAppSendsAndAnswersThroughTheLinkAreRecordedAndNewTermsChangeTheChannel() {
    Client client = profitableClient();
    assertThat(client.getPrimaryChannel()).isEqualTo(CommunicationChannel.EMAIL);
    long caseId = caseFromThreeStrikes(client);
    complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("REPAIR"));
    complete(awaitTask(caseId, DRAFT_NEW_TERMS), OLIVIA, newTerms());
    awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
    OutboxMessage proposal = awaitMessage(caseId, MessageKind.RENEGOTIATION_PROPOSAL);

    Interaction sent =
        await()
            .atMost(WAIT)
            .until(
                () -> interactions.interactionsOf(client.getId(), InteractionKind.EMAIL_SENT),
                list -> !list.isEmpty())
            .get(0);
    assertThat(sent.getMessageId()).isEqualTo(proposal.getId());
    assertThat(sent.getOrigin()).isEqualTo(InteractionOrigin.APP);
    assertThat(sent.getSummary()).isEqualTo(proposal.getSubject());
    assertThat(sent.getCaseId()).isEqualTo(caseId);

    answers.recordClientAnswerThroughLink(caseId, true, "Fair terms", "client (answer link)");
    awaitPhase(caseId, CasePhase.PROBATION);

    Interaction answer =
        interactions.interactionsOf(client.getId(), InteractionKind.AGREEMENT).get(0);
    assertThat(answer.getOrigin()).isEqualTo(InteractionOrigin.CLIENT_LINK);
    assertThat(answer.getChannel()).isEqualTo(CommunicationChannel.ANSWER_LINK);
    assertThat(answer.isAgreementMade()).isTrue();
    assertThat(answer.getSummary()).contains("Accepted", "Fair terms");
    assertThat(answer.getAgreement()).contains("VIDEO_CALL", "BIWEEKLY");
    await()
        .atMost(WAIT)
        .until(
            () -> clients.get(client.getId()).getPrimaryChannel(),
            channel -> channel == CommunicationChannel.VIDEO_CALL);
  }

  @Test
  void theEvidenceCountsTheHistoryAndALongSilenceTurnsOneStrikeIntoARepair() {
    Client client = profitableClient();
    Instant now = Instant.now();
    interactions.record(
        client.getId(),
        null,
        new Interaction.Details(
            InteractionKind.MEETING,
            now.minus(80, ChronoUnit.DAYS),
            CommunicationChannel.VIDEO_CALL,
            "Ana Ruiz, olivia",
            "Quarterly review",
            true,
            "Monthly report by the 5th"),
        null,
        "olivia");
    interactions.record(
        client.getId(),
        null,
        new Interaction.Details(
            InteractionKind.CALL,
            now.minus(70, ChronoUnit.DAYS),
            CommunicationChannel.EMAIL,
            "Ana Ruiz",
            "Asked for the invoice again",
            false,
            null),
        null,
        "olivia");
    // Our own note and our own email are not contact with the client.
    interactions.record(
        client.getId(),
        null,
        new Interaction.Details(
            InteractionKind.NOTE,
            now.minus(2, ChronoUnit.DAYS),
            CommunicationChannel.EMAIL,
            "olivia",
            "Still no answer",
            false,
            null),
        null,
        "olivia");
    strike(client, WarningSign.MINIMAL_COMMUNICATION);

    long caseId = cases.open(client.getId(), "They went quiet", "olivia").getId();

    RelationshipCase assessed = awaitCase(caseId, c -> c.getAssessment().recommendation() != null);
    assertThat(assessed.getAssessment().recommendation()).isEqualTo(Recommendation.REPAIR);
    assertThat(assessed.getAssessment().rationale()).contains("without any contact");
    assertThat(audit.forCase(caseId))
        .filteredOn(e -> e.getType() == AuditType.EVIDENCE_COLLECTED)
        .singleElement()
        .extracting(e -> e.getSummary())
        .asString()
        .contains(
            "last contact 70 days ago",
            "1 contacts on the primary channel, 1 on others",
            "1 agreements");
  }

  private static Map<String, Object> interaction(
      String kind, Instant when, String channel, String participants) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("occurredAt", when.toString());
    body.put("channel", channel);
    body.put("participants", participants);
    body.put("summary", "We talked about the invoices");
    return body;
  }

  private JsonNode created(Client client, Map<String, Object> body) throws Exception {
    MockHttpServletResponse response = post(client, body);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    return json.readTree(response.getContentAsString());
  }

  private MockHttpServletResponse post(Client client, Map<String, Object> body) throws Exception {
    return mvc.perform(jsonPost("/api/clients/" + client.getId() + "/interactions", body))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse postIncident(Client client, Map<String, Object> body)
      throws Exception {
    return mvc.perform(jsonPost("/api/clients/" + client.getId() + "/incidents", body))
        .andReturn()
        .getResponse();
  }

  private void assertRefused(Client client, Map<String, Object> body, String field)
      throws Exception {
    MockHttpServletResponse response = post(client, body);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    List<String> fields = new ArrayList<>();
    json.readTree(response.getContentAsString())
        .path("errors")
        .forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).as(response.getContentAsString()).contains(field);
  }

  private JsonNode list(Client client, String query) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                get("/api/clients/" + client.getId() + "/interactions" + query)
                    .with(httpBasic("olivia", "olivia")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return json.readTree(response.getContentAsString());
  }

  private static JsonNode find(JsonNode list, long id) {
    for (JsonNode node : list) {
      if (node.path("id").asLong() == id) {
        return node;
      }
    }
    throw new AssertionError("no interaction " + id + " in " + list);
  }

  private static long id(JsonNode node) {
    return node.path("id").asLong();
  }

  /** A JSON POST as olivia. */
  private org.springframework.test.web.servlet.RequestBuilder jsonPost(String path, Object body)
      throws Exception {
    return MockMvcRequestBuilders.post(path)
        .with(httpBasic("olivia", "olivia"))
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body));
  }
}
