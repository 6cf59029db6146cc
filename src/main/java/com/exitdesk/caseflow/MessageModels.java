package com.exitdesk.caseflow;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.Contract;
import com.exitdesk.client.Deliverable;
import com.exitdesk.client.DeliverableStatus;
import com.exitdesk.messaging.MessagingProperties;
import com.exitdesk.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The facts each message states, taken from the case as it stands. Only client-appropriate facts go
 * in: the reasons written for the client, the decision's route and the dates that matter to the
 * client, never the internal incident notes, the recommendation's rationale or the managers'
 * comments.
 */
@Component
class MessageModels {

  private final ClientService clients;
  private final ProposalRepository proposals;
  private final AnswerLinks answerLinks;
  private final MessagingProperties messaging;
  private final Clock clock;

  MessageModels(
      ClientService clients,
      ProposalRepository proposals,
      AnswerLinks answerLinks,
      MessagingProperties messaging,
      Clock clock) {
    this.clients = clients;
    this.proposals = proposals;
    this.answerLinks = answerLinks;
    this.messaging = messaging;
    this.clock = clock;
  }

  Map<String, Object> proposal(Client client, Proposal proposal) {
    Map<String, Object> model = addressee(client);
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
    Map<String, Object> model = addressee(client);
    model.put("proposedOn", proposal.getCreatedAt());
    model.put("deadline", proposal.getDeadline());
    model.put("answerUrl", answerLinks.urlFor(proposal));
    return model;
  }

  Map<String, Object> approvalReminder(RelationshipCase c, Client client, Instant waitingSince) {
    return Map.of(
        "clientName", client.getName(), "caseId", c.getId(), "waitingSince", waitingSince);
  }

  Map<String, Object> checkInReminder(RelationshipCase c, Client client, Instant dueAt) {
    return Map.of("clientName", client.getName(), "caseId", c.getId(), "dueAt", dueAt);
  }

  /**
   * @throws ConflictException when the case has not yet settled what the notice must say
   */
  Map<String, Object> notice(RelationshipCase c, Client client) {
    ContractReview review = c.getReview();
    TransitionPlan transition = c.getTransition();
    if (review.exitDate() == null || c.getAssessment().recommendation() == null) {
      throw new ConflictException(
          "notice-needs-review", "The notice needs the contract review of case " + c.getId());
    }
    if (transition.handoverPlan() == null) {
      throw new ConflictException(
          "notice-needs-transition-plan",
          "The notice needs the transition plan of case " + c.getId());
    }
    Map<String, Object> model = addressee(client);
    model.put("caseId", c.getId());
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(messaging.timeZone())));
    model.put("today", today);
    Optional<Contract> contract = clients.contractOf(client.getId());
    contract.ifPresent(k -> model.put("contractStart", k.getStartDate()));
    model.put("exitDate", review.exitDate());
    model.put("daysOfNotice", Math.max(0, ChronoUnit.DAYS.between(today, review.exitDate())));
    model.put(
        "noticePeriodDays", review.noticePeriodDays() == null ? 0 : review.noticePeriodDays());
    model.put("terminationClause", review.terminationClause());
    model.put("legalBasis", legalBasis(c));
    if (review.endsEarly()) {
      model.put(
          "earlyTerminationFee",
          review.earlyTerminationFee() == null ? BigDecimal.ZERO : review.earlyTerminationFee());
    }
    reasons(c, model);
    List<Deliverable> all = clients.deliverablesOf(c.getClientId());
    model.put(
        "deliverablesDone",
        all.stream()
            .filter(d -> d.getStatus() == DeliverableStatus.DONE && d.getDeliveredOn() != null)
            .map(d -> Map.<String, Object>of("title", d.getTitle(), "date", d.getDeliveredOn()))
            .toList());
    model.put(
        "deliverablesOwed",
        all.stream()
            .filter(d -> d.getStatus() != DeliverableStatus.DONE)
            .map(d -> Map.<String, Object>of("title", d.getTitle(), "date", d.getDueDate()))
            .toList());
    model.put("handoverPlan", transition.handoverPlan());
    model.put("dataReturn", transition.dataReturn());
    model.put("alternatives", transition.alternatives());
    model.put("transitionContact", transition.contact());
    model.put("currency", currency(client));
    BigDecimal refund = review.refundAmount();
    if (refund != null && refund.signum() > 0) {
      model.put("refundAmount", refund);
      LocalDate instructed =
          c.getRefundIssuedAt() == null
              ? today
              : LocalDate.ofInstant(c.getRefundIssuedAt(), ZoneId.of(messaging.timeZone()));
      LocalDate by = instructed.plusDays(messaging.refundWithinDays());
      model.put("refundBy", by.isBefore(today) ? today : by);
    }
    return model;
  }

  /**
   * The route that led to the exit and the reasons given for it. After a declined or unanswered
   * proposal the review's justification argued for the repair: the reasons are the approving
   * manager's, with when the client declined; "despite our efforts" only where a repair was tried.
   */
  private void reasons(RelationshipCase c, Map<String, Object> model) {
    Optional<Proposal> proposal = proposals.findFirstByCaseIdOrderByIdDesc(c.getId());
    String route =
        proposal
            .map(
                p ->
                    switch (p.getStatus()) {
                      case DECLINED -> "DECLINED";
                      case EXPIRED -> "EXPIRED";
                      case ACCEPTED -> "PROBATION";
                      case PENDING -> null;
                    })
            .orElse(null);
    if (route == null) {
      route = c.getAssessment().recommendation() == Recommendation.FAST_EXIT ? "FAST_EXIT" : "EXIT";
    }
    model.put("route", route);
    String reasons =
        switch (route) {
          case "DECLINED", "EXPIRED" -> c.getApproval().exitJustification();
          default -> c.getReview().justification();
        };
    if (reasons != null && !reasons.isBlank()) {
      model.put("reasons", reasons);
    }
    proposal.ifPresent(
        p -> {
          model.put("proposedOn", p.getCreatedAt());
          model.put("proposalDeadline", p.getDeadline());
          if (p.getAnsweredAt() != null) {
            model.put("answeredOn", p.getAnsweredAt());
          }
        });
    model.put("approved", c.getApproval().decision() == ApprovalDecision.APPROVE);
  }

  /** CLAUSE: the reviewer confirmed the clause allows it; AGREED: an early end was agreed. */
  private static String legalBasis(RelationshipCase c) {
    if (c.getReview().endsEarly()) {
      return "AGREED";
    }
    return c.getReview().clauseAllowsEnding() ? "CLAUSE" : "NOTICE";
  }

  private static Map<String, Object> addressee(Client client) {
    Map<String, Object> model = new HashMap<>();
    model.put("clientName", client.getName());
    if (client.getContactName() != null) {
      model.put("contactName", client.getContactName());
    }
    return model;
  }

  private String currency(Client client) {
    return clients.currencyOf(client.getId());
  }
}
