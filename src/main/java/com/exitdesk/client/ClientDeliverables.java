package com.exitdesk.client;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work we owe a client, as staff keep its list by hand: added, rescheduled, taken off, handed
 * over outside a case. Only an active client's list changes, and delivered work is history. What is
 * owed is read through {@link ClientService}.
 */
@Service
public class ClientDeliverables {

  private final ClientService clients;
  private final DeliverableRepository deliverables;
  private final AuditTrail audit;
  private final Clock clock;

  ClientDeliverables(
      ClientService clients, DeliverableRepository deliverables, AuditTrail audit, Clock clock) {
    this.clients = clients;
    this.deliverables = deliverables;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Deliverable addDeliverable(long clientId, String title, LocalDate dueDate, String actor) {
    clients.active(clientId);
    Deliverable deliverable = deliverables.save(new Deliverable(clientId, title, dueDate));
    audit.record(
        clientId,
        null,
        actor,
        AuditType.DELIVERABLE_ADDED,
        "'" + title + "' due " + dueDate,
        AuditTrail.details("title", title, "dueDate", dueDate));
    return deliverable;
  }

  /** A new title or due date for work not delivered yet. */
  @Transactional
  public Deliverable changeDeliverable(
      long clientId, long deliverableId, String title, LocalDate dueDate, String actor) {
    Deliverable deliverable = owed(clientId, deliverableId);
    String previousTitle = deliverable.getTitle();
    LocalDate previousDueDate = deliverable.getDueDate();
    if (previousTitle.equals(title) && previousDueDate.equals(dueDate)) {
      return deliverable;
    }
    deliverable.change(title, dueDate);
    audit.record(
        clientId,
        null,
        actor,
        AuditType.DELIVERABLE_CHANGED,
        "'" + previousTitle + "' due " + previousDueDate + " is now '" + title + "' due " + dueDate,
        AuditTrail.details(
            "title", title,
            "dueDate", dueDate,
            "previousTitle", previousTitle,
            "previousDueDate", previousDueDate));
    return deliverable;
  }

  /** Takes work not delivered yet off the list: agreed away, or entered by mistake. */
  @Transactional
  public void removeDeliverable(long clientId, long deliverableId, String actor) {
    Deliverable deliverable = owed(clientId, deliverableId);
    deliverables.delete(deliverable);
    audit.record(
        clientId,
        null,
        actor,
        AuditType.DELIVERABLE_REMOVED,
        "'" + deliverable.getTitle() + "' due " + deliverable.getDueDate() + " removed",
        AuditTrail.details("title", deliverable.getTitle(), "dueDate", deliverable.getDueDate()));
  }

  /** Records work handed over outside a case (a case's exit records its own through its tasks). */
  @Transactional
  public Deliverable markDelivered(
      long clientId, long deliverableId, LocalDate deliveredOn, String notes, String actor) {
    Deliverable deliverable = owed(clientId, deliverableId);
    if (deliveredOn.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
      throw new InvalidInputException("deliveredOn", "must not be in the future");
    }
    deliverable.markDelivered(deliveredOn, notes);
    audit.record(
        clientId,
        null,
        actor,
        AuditType.DELIVERABLE_COMPLETED,
        "'" + deliverable.getTitle() + "' delivered on " + deliveredOn,
        AuditTrail.details("title", deliverable.getTitle(), "deliveredOn", deliveredOn));
    return deliverable;
  }

  /** A deliverable of this active client that is still owed; delivered work is history. */
  private Deliverable owed(long clientId, long deliverableId) {
    clients.active(clientId);
    Deliverable deliverable =
        deliverables
            .findById(deliverableId)
            .filter(d -> d.getClientId().equals(clientId))
            .orElseThrow(() -> new NotFoundException("Deliverable", deliverableId));
    if (deliverable.isDelivered()) {
      throw new ConflictException(
          "deliverable-delivered",
          "Deliverable " + deliverableId + " was delivered on " + deliverable.getDeliveredOn());
    }
    return deliverable;
  }
}
