package com.exitdesk.interaction;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.CommunicationChannel;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every contact with a client: what staff record by hand, and what the app sends or
 * the client answers through the link, recorded as it happens. Nothing here changes or deletes an
 * entry; a correction is a new one.
 */
@Service
public class InteractionService {

  private final InteractionRepository interactions;
  private final ClientService clients;
  private final AuditTrail audit;
  private final Clock clock;

  InteractionService(
      InteractionRepository interactions, ClientService clients, AuditTrail audit, Clock clock) {
    this.interactions = interactions;
    this.clients = clients;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records what a member of staff tells.
   *
   * @param caseId the client's open case, if any: the interaction joins its history
   * @param correctsId the interaction this one corrects, if any
   */
  @Transactional
  public Interaction record(
      long clientId, Long caseId, Interaction.Details details, Long correctsId, String actor) {
    Client client = client(clientId);
    requireValid(clientId, details, correctsId);
    boolean hasAgreement = details.agreement() != null && !details.agreement().isBlank();
    Interaction saved =
        interactions.saveAndFlush(
            new Interaction(
                clientId,
                caseId,
                new Interaction.Details(
                    details.kind(),
                    details.occurredAt(),
                    details.channel(),
                    details.participants(),
                    details.summary(),
                    details.agreementMade(),
                    hasAgreement ? details.agreement() : null),
                correctsId,
                null,
                InteractionOrigin.STAFF,
                actor,
                clock.instant()));
    audit.record(
        client.getId(),
        caseId,
        actor,
        AuditType.INTERACTION_RECORDED,
        describe(saved)
            + (correctsId == null ? "" : " (corrects interaction " + correctsId + ")")
            + (saved.isAgreementMade() ? "; agreed: " + saved.getAgreement() : ""),
        // The timeline words the entry in the reader's language from these.
        AuditTrail.details(
            "kind", saved.getKind(),
            "channel", saved.getChannel(),
            "summary", saved.getSummary(),
            "agreement", saved.getAgreement(),
            "corrects", correctsId));
    return saved;
  }

  /** Every rule the entry breaks at once, then whether the entry it corrects is still current. */
  private void requireValid(long clientId, Interaction.Details details, Long correctsId) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    if (!details.channel().canBeAgreed()) {
      errors.add(
          new InvalidInputException.FieldError(
              "channel", "is recorded by the app only; choose how you talked with the client"));
    }
    if (details.occurredAt().isAfter(clock.instant())) {
      errors.add(new InvalidInputException.FieldError("occurredAt", "must not be in the future"));
    }
    boolean hasAgreement = details.agreement() != null && !details.agreement().isBlank();
    if (details.agreementMade() && !hasAgreement) {
      errors.add(
          new InvalidInputException.FieldError(
              "agreement", "must say what was agreed when an agreement was made"));
    }
    if (!details.agreementMade() && hasAgreement) {
      errors.add(
          new InvalidInputException.FieldError(
              "agreementMade", "must be true when the agreement is given"));
    }
    if (details.kind() == InteractionKind.AGREEMENT && !details.agreementMade()) {
      errors.add(
          new InvalidInputException.FieldError(
              "agreementMade", "must be true for an interaction of kind AGREEMENT"));
    }
    if (correctsId != null) {
      var corrected = interactions.findById(correctsId);
      if (corrected.isEmpty() || !corrected.get().getClientId().equals(clientId)) {
        errors.add(
            new InvalidInputException.FieldError(
                "correctsId", "is not an interaction of this client"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (correctsId != null) {
      interactions
          .findByCorrectsId(correctsId)
          .ifPresent(
              later -> {
                throw new ConflictException(
                    "Interaction "
                        + correctsId
                        + " was already corrected by interaction "
                        + later.getId()
                        + "; correct that one instead");
              });
    }
  }

  /** A message the app sent to the client: once per outbox message, whatever the redeliveries. */
  @Transactional
  public void recordMessageSent(
      long clientId, long caseId, long messageId, String recipient, String subject) {
    if (interactions.existsByMessageId(messageId)) {
      return;
    }
    Instant now = clock.instant();
    interactions.save(
        new Interaction(
            clientId,
            caseId,
            new Interaction.Details(
                InteractionKind.EMAIL_SENT,
                now,
                CommunicationChannel.EMAIL,
                recipient,
                subject,
                false,
                null),
            null,
            messageId,
            InteractionOrigin.APP,
            AuditTrail.SYSTEM,
            now));
  }

  /**
   * The client's answer to new terms given through the signed link: an agreement when accepted.
   *
   * @param terms what the client agreed to, in words
   */
  @Transactional
  public void recordAnswerThroughLink(
      long clientId, long caseId, boolean accepted, String comment, String terms, String actor) {
    Client client = client(clientId);
    Instant now = clock.instant();
    String summary =
        (accepted ? "Accepted" : "Declined")
            + " the new terms through the answer link"
            + (comment == null || comment.isBlank() ? "" : ": " + comment);
    interactions.save(
        new Interaction(
            clientId,
            caseId,
            new Interaction.Details(
                accepted ? InteractionKind.AGREEMENT : InteractionKind.MESSAGE,
                now,
                CommunicationChannel.ANSWER_LINK,
                client.getName(),
                truncate(summary),
                accepted,
                accepted ? truncate(terms) : null),
            null,
            null,
            InteractionOrigin.CLIENT_LINK,
            actor,
            now));
  }

  /** Newest first; a kind narrows the list. */
  @Transactional(readOnly = true)
  public List<Interaction> interactionsOf(long clientId, InteractionKind kind) {
    client(clientId);
    return interactions.findByClientIdOrderByOccurredAtDescIdDesc(clientId).stream()
        .filter(i -> kind == null || i.getKind() == kind)
        .toList();
  }

  /** For each corrected interaction of the client, the one that corrects it. */
  @Transactional(readOnly = true)
  public Map<Long, Long> correctionsOf(long clientId) {
    return interactions.findByClientIdOrderByOccurredAtDescIdDesc(clientId).stream()
        .filter(i -> i.getCorrectsId() != null)
        .collect(Collectors.toMap(Interaction::getCorrectsId, Interaction::getId));
  }

  /** Whether the interaction exists and is the given client's: an incident may point to it. */
  @Transactional(readOnly = true)
  public boolean isOfClient(long interactionId, long clientId) {
    return interactions
        .findById(interactionId)
        .map(i -> i.getClientId().equals(clientId))
        .orElse(false);
  }

  /** All of a client's interactions from an instant on, oldest first: the evidence's window. */
  @Transactional(readOnly = true)
  public List<Interaction> since(long clientId, Instant from) {
    List<Interaction> all =
        new ArrayList<>(interactions.findByClientIdOrderByOccurredAtDescIdDesc(clientId));
    java.util.Collections.reverse(all);
    return all.stream().filter(i -> !i.getOccurredAt().isBefore(from)).toList();
  }

  private Client client(long clientId) {
    return clients.get(clientId);
  }

  private static String describe(Interaction i) {
    return i.getKind() + " on " + i.getChannel() + " recorded: " + i.getSummary();
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }
}
