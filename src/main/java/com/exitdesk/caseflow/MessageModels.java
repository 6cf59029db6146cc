package com.exitdesk.caseflow;

import com.exitdesk.client.Client;
import com.exitdesk.client.Contract;
import com.exitdesk.client.ContractRepository;
import com.exitdesk.client.Deliverable;
import com.exitdesk.client.DeliverableRepository;
import com.exitdesk.client.DeliverableStatus;
import com.exitdesk.web.ConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The facts each message states, taken from the case as it stands. Only client-appropriate facts go
 * in: the reviewer's justification and the decision's outcome, never the internal incident notes.
 */
@Component
class MessageModels {

  private final ContractRepository contracts;
  private final DeliverableRepository deliverables;
  private final AnswerLinks answerLinks;
  private final Clock clock;

  MessageModels(
      ContractRepository contracts,
      DeliverableRepository deliverables,
      AnswerLinks answerLinks,
      Clock clock) {
    this.contracts = contracts;
    this.deliverables = deliverables;
    this.answerLinks = answerLinks;
    this.clock = clock;
  }

  Map<String, Object> proposal(Client client, Proposal proposal) {
    Map<String, Object> model = new HashMap<>();
    model.put("clientName", client.getName());
    model.put("scope", proposal.getScope());
    model.put("boundaries", proposal.getBoundaries());
    model.put("communicationChannel", proposal.getCommunicationChannel());
    model.put("checkInCadence", proposal.getCheckInCadence());
    model.put("monthlyFee", proposal.getMonthlyFee());
    model.put("currency", currency(client));
    model.put("deadline", proposal.getDeadline());
    model.put("answerUrl", answerLinks.urlFor(proposal));
    return model;
  }

  Map<String, Object> reminder(Client client, Proposal proposal) {
    return Map.of(
        "clientName", client.getName(),
        "proposedOn", proposal.getCreatedAt(),
        "deadline", proposal.getDeadline(),
        "answerUrl", answerLinks.urlFor(proposal));
  }

  Map<String, Object> approvalReminder(RelationshipCase c, Client client, Instant waitingSince) {
    return Map.of(
        "clientName", client.getName(), "caseId", c.getId(), "waitingSince", waitingSince);
  }

  /**
   * @throws ConflictException when the case has not yet settled what the notice must say
   */
  Map<String, Object> notice(RelationshipCase c, Client client) {
    if (c.getExitDate() == null || c.getRecommendation() == null) {
      throw new ConflictException(
          "notice-needs-review", "The notice needs the contract review of case " + c.getId());
    }
    if (c.getHandoverPlan() == null) {
      throw new ConflictException(
          "notice-needs-transition-plan",
          "The notice needs the transition plan of case " + c.getId());
    }
    Map<String, Object> model = new HashMap<>();
    model.put("clientName", client.getName());
    model.put("caseId", c.getId());
    model.put("today", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    model.put("exitDate", c.getExitDate());
    model.put("terminationClause", c.getTerminationClause());
    model.put("recommendation", c.getRecommendation().name());
    model.put("justification", c.getJustification());
    model.put("deliverables", deliverableLines(c.getClientId()));
    model.put("handoverPlan", c.getHandoverPlan());
    model.put("dataReturn", c.getDataReturn());
    model.put("alternatives", c.getAlternatives());
    model.put("transitionContact", c.getTransitionContact());
    model.put("currency", currency(client));
    BigDecimal refund = c.getRefundAmount();
    if (refund != null && refund.signum() > 0) {
      model.put("refundAmount", refund);
    }
    return model;
  }

  private List<Map<String, Object>> deliverableLines(long clientId) {
    return deliverables.findByClientIdOrderByDueDateAscIdAsc(clientId).stream()
        .map(
            (Deliverable d) -> {
              Map<String, Object> line = new HashMap<>();
              line.put("title", d.getTitle());
              line.put("done", d.getStatus() == DeliverableStatus.DONE);
              line.put("dueDate", d.getDueDate());
              if (d.getDeliveredOn() != null) {
                line.put("deliveredOn", d.getDeliveredOn());
              }
              return line;
            })
        .toList();
  }

  private String currency(Client client) {
    return contracts.findByClientId(client.getId()).map(Contract::getCurrency).orElse("EUR");
  }
}
