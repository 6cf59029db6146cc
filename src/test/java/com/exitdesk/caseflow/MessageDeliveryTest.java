package com.exitdesk.caseflow;

import static com.exitdesk.caseflow.ProcessConstants.UserTasks.CORRECT_ADDRESS_FOR_PROPOSAL;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.DRAFT_NEW_TERMS;
import static com.exitdesk.caseflow.ProcessConstants.UserTasks.REVIEW_CONTRACT;
import static com.exitdesk.support.TaskForms.contractReview;
import static com.exitdesk.support.TaskForms.newTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.client.Client;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.messaging.MessageDispatcher;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.messaging.OutboxStatus;
import com.exitdesk.support.ProcessTestSupport;
import com.exitdesk.support.RefusingSmtpServer;
import com.exitdesk.support.ReliabilityFigures;
import com.icegreen.greenmail.util.GreenMail;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Messages as clients receive them, through the app's SMTP server (GreenMail on a free port in
 * tests, as in the default mode): each kind in each language arrives once, with both parts and, for
 * the notice, the letter; an outage delays and never loses a message; a refused address asks OPS
 * for the right one.
 */
class MessageDeliveryTest extends ProcessTestSupport {

  private static int smtpOutages;
  private static int messagesLost;
  private static int duplicateMessages;

  private static final AtomicLong STEPS = new AtomicLong(9_300_000_000L);
  private static final LocalDate EXIT_DATE = LocalDate.of(2030, 3, 31);

  @Autowired GreenMail smtp;
  @Autowired OpeningSteps opening;
  @Autowired RenegotiationSteps renegotiation;
  @Autowired ExitSteps exit;
  @Autowired MessageDispatcher dispatcher;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired CamundaClient client;
  @Autowired MockMvc mvc;

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "es"})
  void everyClientMessageArrivesOnceWithBothPartsAndTheNoticeCarriesTheLetter(String language)
      throws Exception {
    Client client = messagedClient(language);
    long caseId = caseReadyForTheNotice(client);
    inPhase(caseId, CasePhase.DRAFTING_TERMS);

    Sending<ProposalSent> proposal =
        renegotiation.sendProposal(
            step(caseId, JobTypes.SEND_PROPOSAL), terms(), Duration.ofDays(7), null);
    dispatcher.dispatch(proposal.outboxId());
    long proposalId = proposal.variables().proposalId();
    dispatcher.dispatch(
        renegotiation
            .sendProposalReminder(step(caseId, JobTypes.SEND_PROPOSAL_REMINDER), proposalId, null)
            .outboxId());
    inPhase(caseId, CasePhase.COOLING_OFF);
    dispatcher.dispatch(
        exit.sendTerminationNotice(step(caseId, JobTypes.SEND_TERMINATION_NOTICE), null)
            .outboxId());

    List<MimeMessage> received = receivedBy(client.getEmail());
    Instant proposalDeadline = Instant.parse(proposal.variables().proposalDeadline());
    String deadline =
        DateTimeFormatter.ofPattern(language.equals("es") ? "d 'de' MMMM" : "d MMMM")
            .withLocale(Locale.forLanguageTag(language))
            .withZone(ZoneOffset.UTC)
            .format(proposalDeadline);
    assertThat(received)
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrderElementsOf(
            language.equals("es")
                ? List.of(
                    "Propuesta de nuevas condiciones — respondan a más tardar el " + deadline,
                    "Recordatorio: respondan a nuestra propuesta a más tardar el " + deadline,
                    "Notificación de finalización de servicios — efectiva el 31 de marzo de 2030")
                : List.of(
                    "Proposal of new terms — please reply by " + deadline,
                    "Reminder: please reply to our proposal by " + deadline,
                    "Notice of termination of services — effective 31 March 2030"));
    for (MimeMessage message : received) {
      Parts parts = Parts.of(message);
      // Without a contact person, a Spanish letter greets the company without naming it (and
      // goes on in the plural: "respondan").
      assertThat(parts.text)
          .as("plain-text part")
          .startsWith(
              language.equals("es") ? "Estimados señores:" : "Dear " + client.getName() + " team,");
      assertThat(parts.html).as("HTML part").contains("<html lang=\"" + language + "\"");
      assertThat(message.getHeader("Message-ID")[0]).startsWith("<exitdesk." + caseId + ".");
    }
    MimeMessage notice =
        withSubjectStarting(received, language.equals("es") ? "Notificación" : "Notice");
    Parts noticeParts = Parts.of(notice);
    assertThat(noticeParts.pdf).as("the letter is attached").isNotNull();
    assertThat(noticeParts.pdfName)
        .as("named in the client's language")
        .isEqualTo(
            (language.equals("es") ? "carta-de-finalizacion-" : "termination-letter-")
                + caseId
                + ".pdf");
    try (PDDocument letter = Loader.loadPDF(noticeParts.pdf)) {
      assertThat(new PDFTextStripper().getText(letter))
          .contains(
              client.getName(),
              language.equals("es") ? "31 de marzo de 2030" : "31 March 2030",
              "Repeated scope disputes");
    }
    assertThat(outbox.forCase(caseId))
        .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(OutboxStatus.SENT))
        .allSatisfy(m -> assertThat(m.getMessageId()).isNotBlank());
  }

  @Test
  void theManagersReminderGoesToTheManagersInTheStaffLanguage() throws Exception {
    Client client = messagedClient("es");
    long caseId = caseReadyForTheNotice(client);

    dispatcher.dispatch(exit.remindManagers(step(caseId, JobTypes.REMIND_MANAGERS)).outboxId());

    assertThat(receivedBy("managers@exitdesk.example"))
        .extracting(MimeMessage::getSubject)
        .contains("A termination waits for your approval: " + client.getName());
  }

  @Test
  void aRedeliveredJobSendsNothingNew() throws Exception {
    Client client = messagedClient("en");
    long caseId = caseReadyForTheNotice(client);
    Step step = step(caseId, JobTypes.SEND_TERMINATION_NOTICE);
    inPhase(caseId, CasePhase.COOLING_OFF);

    Sending first = exit.sendTerminationNotice(step, null);
    dispatcher.dispatch(first.outboxId());
    Sending again = exit.sendTerminationNotice(step, null);
    dispatcher.dispatch(again.outboxId());

    assertThat(again.outboxId()).isEqualTo(first.outboxId());
    assertThat(receivedBy(client.getEmail())).hasSize(1);
  }

  @Test
  void whileTheMailServerIsDownTheMessageStaysQueuedAndGoesOutOnceItIsBack() throws Exception {
    Client client = messagedClient("en");
    long caseId = caseReadyForTheNotice(client);
    inPhase(caseId, CasePhase.COOLING_OFF);
    Sending notice =
        exit.sendTerminationNotice(step(caseId, JobTypes.SEND_TERMINATION_NOTICE), null);

    smtp.stop();
    try {
      assertThatThrownBy(() -> dispatcher.dispatch(notice.outboxId()))
          .isInstanceOf(MailException.class);
      OutboxMessage queued = outbox.find(notice.outboxId());
      assertThat(queued.getStatus()).isEqualTo(OutboxStatus.QUEUED);
      assertThat(queued.getFailure()).isNotBlank();
    } finally {
      smtp.start();
    }
    dispatcher.dispatch(notice.outboxId());

    assertThat(receivedBy(client.getEmail())).hasSize(1);
    assertThat(outbox.find(notice.outboxId()).getStatus()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void aNoticeThatCannotBeSentRetriesThenBecomesAnIncidentAndIsDeliveredOnceResolved()
      throws Exception {
    Client client = messagedClient("en");
    long caseId = caseInCoolingOff(client);

    smtp.stop();
    IncidentRecordValue incident;
    long incidentKey;
    try {
      moveClock(Duration.ofHours(24).plusMinutes(1));
      Record<IncidentRecordValue> created =
          await()
              .atMost(Duration.ofSeconds(40))
              .until(() -> incidentOn(caseId, "task_send_termination_notice"), r -> r != null);
      incident = created.getValue();
      incidentKey = created.getKey();
      assertThat(messages(caseId, MessageKind.TERMINATION_NOTICE))
          .singleElement()
          .extracting(OutboxMessage::getStatus)
          .isEqualTo(OutboxStatus.QUEUED);
    } finally {
      smtp.start();
    }
    this.client.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
    this.client.newResolveIncidentCommand(incidentKey).send().join();

    smtpOutages++;
    awaitPhase(caseId, CasePhase.AWAITING_EXIT_DATE);
    // The outbox row is marked sent just after the mail server took the message.
    await()
        .atMost(WAIT)
        .until(
            () -> messages(caseId, MessageKind.TERMINATION_NOTICE),
            list -> list.size() == 1 && list.get(0).getStatus() == OutboxStatus.SENT);
    assertThat(receivedBy(client.getEmail())).hasSize(1);
    messagesLost += receivedBy(client.getEmail()).isEmpty() ? 1 : 0;
    duplicateMessages += Math.max(0, receivedBy(client.getEmail()).size() - 1);
  }

  @Test
  void aRefusedAddressAsksOpsForTheRightOneAndTheProposalGoesThere() throws Exception {
    int n = nextNumber();
    Client client =
        client("Client " + n, "bounce" + n + "@test.example", "en", 12, "3000.00", "1500.00");
    long caseId = caseFromThreeStrikes(client);
    int greenMailPort = mailSender.getPort();
    try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
      mailSender.setPort(refusing.port());
      complete(awaitTask(caseId, REVIEW_CONTRACT), OLIVIA, contractReview("REPAIR"));
      complete(awaitTask(caseId, DRAFT_NEW_TERMS), OLIVIA, newTerms());

      InboxTask correction = awaitTask(caseId, CORRECT_ADDRESS_FOR_PROPOSAL);
      assertThat(
              taskActions
                  .details(correction.getId(), OLIVIA)
                  .variables()
                  .get("addressRejection")
                  .toString())
          .contains("550");
      assertThat(messages(caseId, MessageKind.RENEGOTIATION_PROPOSAL))
          .singleElement()
          .extracting(OutboxMessage::getStatus)
          .isEqualTo(OutboxStatus.BOUNCED);

      complete(correction, OLIVIA, Map.of("correctedEmail", "fixed" + n + "@test.example"));

      await()
          .atMost(WAIT)
          .until(
              () ->
                  messages(caseId, MessageKind.RENEGOTIATION_PROPOSAL).stream()
                      .map(OutboxMessage::getStatus)
                      .toList(),
              statuses -> statuses.equals(List.of(OutboxStatus.BOUNCED, OutboxStatus.SENT)));
      assertThat(refusing.acceptedRecipients()).contains("fixed" + n + "@test.example");
      assertThat(clients.get(client.getId()).getEmail()).isEqualTo("fixed" + n + "@test.example");
      awaitPhase(caseId, CasePhase.AWAITING_CLIENT_ANSWER);
    } finally {
      mailSender.setPort(greenMailPort);
    }
  }

  @Test
  void theApiShowsWhatWasSentWithItsHtmlAndPdfAndPreviewsTheNoticeBeforeItGoesOut()
      throws Exception {
    Client client = messagedClient("es");
    long caseId = caseReadyForTheNotice(client);

    mvc.perform(
            get("/api/cases/" + caseId + "/messages/preview")
                .param("kind", "TERMINATION_NOTICE")
                .with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.subject")
                .value(
                    "Notificación de finalización de servicios — efectiva el 31 de marzo de 2030"))
        .andExpect(jsonPath("$.text", containsString("31 de marzo de 2030")))
        .andExpect(jsonPath("$.hasLetter").value(true));
    mvc.perform(
            get("/api/cases/" + caseId + "/messages/preview")
                .param("kind", "TERMINATION_NOTICE")
                .param("locale", "en")
                .with(httpBasic("olivia", "olivia")))
        .andExpect(
            jsonPath("$.subject")
                .value("Notice of termination of services — effective 31 March 2030"));
    mvc.perform(
            get("/api/cases/" + caseId + "/messages/preview")
                .param("kind", "TERMINATION_NOTICE")
                .param("locale", "fr")
                .with(httpBasic("olivia", "olivia")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("locale"));
    assertThat(receivedBy(client.getEmail())).as("a preview sends nothing").isEmpty();

    inPhase(caseId, CasePhase.COOLING_OFF);
    dispatcher.dispatch(
        exit.sendTerminationNotice(step(caseId, JobTypes.SEND_TERMINATION_NOTICE), null)
            .outboxId());
    long messageId = messages(caseId, MessageKind.TERMINATION_NOTICE).get(0).getId();

    mvc.perform(get("/api/cases/" + caseId + "/messages").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].kind").value("TERMINATION_NOTICE"))
        .andExpect(jsonPath("$[0].status").value("SENT"))
        .andExpect(jsonPath("$[0].recipient").value(client.getEmail()))
        .andExpect(jsonPath("$[0].messageId", startsWith("<exitdesk.")));
    mvc.perform(get("/api/messages/" + messageId + ".html").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("Estimados señores:")));
    byte[] pdf =
        mvc.perform(get("/api/messages/" + messageId + ".pdf").with(httpBasic("olivia", "olivia")))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument letter = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(letter)).contains(client.getName());
    }
    mvc.perform(get("/api/messages/987654.pdf").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isNotFound());
  }

  private Client messagedClient(String language) {
    int n = nextNumber();
    return client(
        "Cliente " + n + " S.L.", "mail" + n + "@test.example", language, 12, "3000.00", "1500.00");
  }

  /**
   * A case whose review, deliverables and transition plan are recorded, as before a notice. Its
   * process waits for the review nobody submits, so the steps the tests run by hand are the only
   * ones that touch it; it awaits the approval.
   */
  private long caseReadyForTheNotice(Client client) {
    deliverable(client, "Catalogue 2027");
    long caseId = caseFromThreeStrikes(client);
    awaitTask(caseId, REVIEW_CONTRACT);
    opening.recordAssessment(
        step(caseId, JobTypes.RECORD_ASSESSMENT),
        Recommendation.EXIT,
        "Test",
        "rule_failed_repair_exit");
    opening.recordContractReview(
        step(caseId, JobTypes.RECORD_CONTRACT_REVIEW),
        new ContractReview(
            true,
            "Clause 9: 30 days' written notice",
            EXIT_DATE,
            30,
            false,
            BigDecimal.ZERO,
            new BigDecimal("250.00"),
            ReviewDecision.EXIT,
            "Repeated scope disputes the team cannot absorb.",
            "olivia"),
        Recommendation.EXIT);
    exit.recordTransitionPlan(
        step(caseId, JobTypes.RECORD_TRANSITION_PLAN),
        "Two handover sessions.",
        "Full export within 10 days.",
        "Studio North",
        "Olivia Ortega");
    return caseId;
  }

  private void inPhase(long caseId, CasePhase phase) {
    CasePhases.walk(caseRepository, caseId, phase);
  }

  private static Step step(long caseId, String jobType) {
    return new Step(caseId, STEPS.incrementAndGet(), jobType, null);
  }

  private static NewTerms terms() {
    return new NewTerms(
        "Monthly updates", "Extras are billed", "EMAIL", "WEEKLY", new BigDecimal("3400.00"));
  }

  private List<MimeMessage> receivedBy(String address) throws Exception {
    List<MimeMessage> mine = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(address)) {
        mine.add(message);
      }
    }
    return mine;
  }

  private static MimeMessage withSubjectStarting(List<MimeMessage> messages, String prefix)
      throws Exception {
    for (MimeMessage message : messages) {
      if (message.getSubject().startsWith(prefix)) {
        return message;
      }
    }
    throw new AssertionError("No message with a subject starting " + prefix);
  }

  @SuppressWarnings("unchecked")
  private Record<IncidentRecordValue> incidentOn(long caseId, String elementId) {
    long processInstanceKey = caseOf(caseId).getProcessInstanceKey();
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getValueType() == ValueType.INCIDENT
          && record.getIntent() == IncidentIntent.CREATED
          && ((IncidentRecordValue) record.getValue()).getProcessInstanceKey() == processInstanceKey
          && elementId.equals(((IncidentRecordValue) record.getValue()).getElementId())) {
        return (Record<IncidentRecordValue>) record;
      }
    }
    return null;
  }

  /** The text, HTML and PDF parts of a received message. */
  private record Parts(String text, String html, byte[] pdf, String pdfName) {

    static Parts of(MimeMessage message) throws Exception {
      Map<String, Object> found = new HashMap<>();
      collect(message, found);
      return new Parts(
          (String) found.get("text/plain"),
          (String) found.get("text/html"),
          (byte[]) found.get("application/pdf"),
          (String) found.get("pdfName"));
    }

    private static void collect(Part part, Map<String, Object> found) throws Exception {
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          collect(child, found);
        }
      } else if (part.isMimeType("text/plain")) {
        found.put("text/plain", part.getContent());
      } else if (part.isMimeType("text/html")) {
        found.put("text/html", part.getContent());
      } else if (part.isMimeType("application/pdf")) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var in = part.getInputStream()) {
          in.transferTo(bytes);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        found.put("application/pdf", bytes.toByteArray());
        found.put("pdfName", part.getFileName());
      }
    }
  }

  @AfterAll
  static void recordFigures() throws Exception {
    ReliabilityFigures.record(
        "smtp-outage",
        Map.of(
            "mail server outages injected", smtpOutages,
            "messages lost", messagesLost,
            "duplicate messages", duplicateMessages));
  }
}
