package com.exitdesk.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A message written before it is sent. The idempotency key (case, kind, process step) makes a
 * redelivered job find the row it already wrote instead of writing, and later sending, another.
 */
@Entity
@Table(name = "outbox_messages")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private Long clientId;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MessageKind kind;

  @Column(name = "idempotency_key", nullable = false, unique = true)
  private String idempotencyKey;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(name = "body_html")
  private String bodyHtml;

  @Column(name = "letter_html")
  private String letterHtml;

  @Column(name = "message_id")
  private String messageId;

  private String failure;

  @Column(nullable = false)
  private String locale;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboxStatus status = OutboxStatus.QUEUED;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected OutboxMessage() {}

  OutboxMessage(
      Long clientId,
      Long caseId,
      MessageKind kind,
      String idempotencyKey,
      String recipient,
      RenderedMessage rendered,
      String locale,
      Instant createdAt) {
    this.clientId = clientId;
    this.caseId = caseId;
    this.kind = kind;
    this.idempotencyKey = idempotencyKey;
    this.recipient = recipient;
    this.subject = rendered.subject();
    this.bodyText = rendered.bodyText();
    this.bodyHtml = rendered.bodyHtml();
    this.letterHtml = rendered.letterHtml();
    this.locale = locale;
    this.createdAt = createdAt;
  }

  void sent(String messageId, Instant at) {
    this.status = OutboxStatus.SENT;
    this.messageId = messageId;
    this.sentAt = at;
    this.failure = null;
  }

  void bounced(String reason) {
    this.status = OutboxStatus.BOUNCED;
    this.failure = reason;
  }

  void deliveryFailed(String reason) {
    this.failure = reason;
  }

  public boolean hasLetter() {
    return letterHtml != null;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getLetterHtml() {
    return letterHtml;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getFailure() {
    return failure;
  }

  public Long getId() {
    return id;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public MessageKind getKind() {
    return kind;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getLocale() {
    return locale;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
