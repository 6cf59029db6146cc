package com.exitdesk.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** Work we owe the client. We finish what we owe before we leave. */
@Entity
@Table(name = "deliverables")
public class Deliverable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(nullable = false)
  private String title;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliverableStatus status = DeliverableStatus.OPEN;

  @Column(name = "delivered_on")
  private LocalDate deliveredOn;

  @Column(name = "delivery_notes")
  private String deliveryNotes;

  @Version private long version;

  protected Deliverable() {}

  public Deliverable(Long clientId, String title, LocalDate dueDate) {
    this.clientId = clientId;
    this.title = title;
    this.dueDate = dueDate;
  }

  /** A new title or due date for work not delivered yet. */
  public void change(String title, LocalDate dueDate) {
    this.title = title;
    this.dueDate = dueDate;
  }

  public boolean isDelivered() {
    return status == DeliverableStatus.DONE;
  }

  public void markDelivered(LocalDate on, String notes) {
    this.status = DeliverableStatus.DONE;
    this.deliveredOn = on;
    this.deliveryNotes = notes;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public DeliverableStatus getStatus() {
    return status;
  }

  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  public String getDeliveryNotes() {
    return deliveryNotes;
  }
}
