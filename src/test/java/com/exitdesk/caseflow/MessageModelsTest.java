package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.Deliverable;
import com.exitdesk.messaging.MessagingProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What the termination notice is told, by the route the case took: the reasons of the decision that
 * ended it, never the repair's justification, the incident notes or the managers' comments.
 */
class MessageModelsTest {

  private static final String REPAIR_JUSTIFICATION =
      "We want to try a new agreement with clear limits.";
  private static final String EXIT_REASONS =
      "Without new terms the workload stays well above what the fee covers.";
  private static final String INCIDENT_NOTES = "Shouted at our designer on the phone";

  private final ClientService clients = mock(ClientService.class);
  private final ProposalRepository proposals = mock(ProposalRepository.class);
  private final Client client =
      new Client(
          "Grupo Ferro Norte", "compras@ferronorte.example", "es", "Lucía Ferrer", Instant.EPOCH);

  MessageModelsTest() {
    ReflectionTestUtils.setField(client, "id", 1L);
    when(clients.contractOf(anyLong())).thenReturn(Optional.empty());
    when(clients.currencyOf(anyLong())).thenReturn("EUR");
    Deliverable delivered = new Deliverable(1L, "Catálogo 2027", LocalDate.of(2026, 12, 1));
    delivered.markDelivered(LocalDate.of(2026, 11, 20), "Signed off");
    Deliverable owed = new Deliverable(1L, "Migración de la tienda", LocalDate.of(2027, 1, 15));
    when(clients.deliverablesOf(anyLong())).thenReturn(List.of(delivered, owed));
  }

  @Test
  void afterADeclinedProposalTheReasonsAreTheExitsWithTheDeclineAndTheApproval() {
    RelationshipCase c =
        exitCase(Recommendation.REPAIR, ReviewDecision.REPAIR, REPAIR_JUSTIFICATION);
    c.decideTermination(
        ApprovalDecision.APPROVE, "Internal: finance agrees.", EXIT_REASONS, "maria");
    Proposal proposal = proposal();
    proposal.answer(false, "Too expensive", "olivia", Instant.parse("2026-12-02T16:20:00Z"));
    when(proposals.findFirstByCaseIdOrderByIdDesc(any())).thenReturn(Optional.of(proposal));

    Map<String, Object> model = models("UTC").notice(c, client);

    assertThat(model)
        .containsEntry("route", "DECLINED")
        .containsEntry("reasons", EXIT_REASONS)
        .containsEntry("answeredOn", Instant.parse("2026-12-02T16:20:00Z"))
        .containsEntry("proposedOn", Instant.parse("2026-11-27T10:00:00Z"))
        .containsEntry("approved", true);
    assertThat(model.values().toString())
        .doesNotContain(REPAIR_JUSTIFICATION, INCIDENT_NOTES, "Internal", "Too expensive");
  }

  @Test
  void anUnansweredProposalIsAnExpiredRoute() {
    RelationshipCase c =
        exitCase(Recommendation.REPAIR, ReviewDecision.REPAIR, REPAIR_JUSTIFICATION);
    c.decideTermination(ApprovalDecision.APPROVE, "Agreed.", EXIT_REASONS, "maria");
    Proposal proposal = proposal();
    proposal.expire();
    when(proposals.findFirstByCaseIdOrderByIdDesc(any())).thenReturn(Optional.of(proposal));

    Map<String, Object> model = models("UTC").notice(c, client);

    assertThat(model).containsEntry("route", "EXPIRED").containsEntry("reasons", EXIT_REASONS);
    assertThat(model).doesNotContainKey("answeredOn");
  }

  @Test
  void aFastExitGivesTheReviewersWordsAndNeverTheIncidentNotes() {
    RelationshipCase c =
        exitCase(
            Recommendation.FAST_EXIT,
            ReviewDecision.EXIT,
            "The working relationship cannot continue.");
    c.decideTermination(ApprovalDecision.APPROVE, "Agreed.", null, "maria");
    when(proposals.findFirstByCaseIdOrderByIdDesc(any())).thenReturn(Optional.empty());

    Map<String, Object> model = models("UTC").notice(c, client);

    assertThat(model)
        .containsEntry("route", "FAST_EXIT")
        .containsEntry("reasons", "The working relationship cannot continue.");
    assertThat(model.values().toString()).doesNotContain(INCIDENT_NOTES, "Fast exit: abuse");
  }

  @Test
  void deliveredAndOwedWorkAreApartAndTheLegalBasisIsWhatTheReviewerConfirmed() {
    RelationshipCase c =
        exitCase(Recommendation.EXIT, ReviewDecision.EXIT, "Reasons for the client.");
    when(proposals.findFirstByCaseIdOrderByIdDesc(any())).thenReturn(Optional.empty());

    Map<String, Object> model = models("UTC").notice(c, client);

    assertThat(model.get("deliverablesDone"))
        .isEqualTo(List.of(Map.of("title", "Catálogo 2027", "date", LocalDate.of(2026, 11, 20))));
    assertThat(model.get("deliverablesOwed"))
        .isEqualTo(
            List.of(Map.of("title", "Migración de la tienda", "date", LocalDate.of(2027, 1, 15))));
    assertThat(model)
        .containsEntry("legalBasis", "CLAUSE")
        .containsEntry("contactName", "Lucía Ferrer");
  }

  @Test
  void theLettersDateIsTodayInTheConfiguredZoneNotInUtc() {
    RelationshipCase c =
        exitCase(Recommendation.EXIT, ReviewDecision.EXIT, "Reasons for the client.");
    when(proposals.findFirstByCaseIdOrderByIdDesc(any())).thenReturn(Optional.empty());

    // 23:30 UTC on 23 November is already 24 November in Madrid.
    assertThat(models("Europe/Madrid").notice(c, client))
        .containsEntry("today", LocalDate.of(2026, 11, 24));
    assertThat(models("UTC").notice(c, client)).containsEntry("today", LocalDate.of(2026, 11, 23));
  }

  private MessageModels models(String zone) {
    return new MessageModels(
        clients,
        proposals,
        null,
        new MessagingProperties(
            "Studio Ortega",
            "hello@ortega.example",
            "managers@ortega.example",
            "en",
            zone,
            null,
            null,
            null,
            14,
            null),
        Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.UTC));
  }

  private static RelationshipCase exitCase(
      Recommendation recommendation, ReviewDecision decision, String justification) {
    RelationshipCase c = new RelationshipCase(1L, INCIDENT_NOTES, "olivia", Instant.EPOCH);
    c.recommend(recommendation, "Fast exit: abuse reported", "rule_abuse_fast_exit");
    c.review(
        new ContractReview(
            true,
            "Cláusula 12.2: preaviso de 30 días.",
            LocalDate.of(2027, 3, 31),
            30,
            false,
            BigDecimal.ZERO,
            new BigDecimal("250.00"),
            decision,
            justification,
            "olivia"));
    c.planTransition("Two sessions.", "Full export.", "Studio North", "Olivia Ortega");
    return c;
  }

  private static Proposal proposal() {
    return new Proposal(
        9L,
        99L,
        new NewTerms("Scope", "Limits", "EMAIL", "WEEKLY", new BigDecimal("3400.00")),
        Instant.parse("2026-12-04T10:00:00Z"),
        Instant.parse("2026-11-27T10:00:00Z"));
  }
}
