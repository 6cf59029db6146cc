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
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "clients")
public class Client {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String email;

  /** Language of letters and emails: one of the languages with a message bundle. */
  @Column(nullable = false)
  private String locale;

  /** The person letters are addressed to; null addresses them to the company. */
  @Column(name = "contact_name")
  private String contactName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClientStatus status = ClientStatus.ACTIVE;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  /** How we keep in touch: agreed at the start, changed when the client accepts new terms. */
  @Enumerated(EnumType.STRING)
  @Column(name = "primary_channel", nullable = false)
  private CommunicationChannel primaryChannel = CommunicationChannel.EMAIL;

  @Version private long version;

  protected Client() {}

  public Client(String name, String email, String locale, Instant createdAt) {
    this(name, email, locale, null, createdAt);
  }

  public Client(String name, String email, String locale, String contactName, Instant createdAt) {
    this.name = name;
    this.email = email;
    this.locale = locale;
    this.contactName = contactName;
    this.createdAt = createdAt;
  }

  public void rename(String name) {
    this.name = name;
  }

  public void changeLocale(String locale) {
    this.locale = locale;
  }

  public void changeContactName(String contactName) {
    this.contactName = contactName;
  }

  public void close(LocalDate on) {
    this.status = ClientStatus.CLOSED;
    this.closedOn = on;
  }

  public void changeEmail(String email) {
    this.email = email;
  }

  public void changePrimaryChannel(CommunicationChannel channel) {
    if (!channel.canBeAgreed()) {
      throw new IllegalArgumentException(channel + " cannot be agreed as a channel");
    }
    this.primaryChannel = channel;
  }

  public CommunicationChannel getPrimaryChannel() {
    return primaryChannel;
  }

  public boolean isClosed() {
    return status == ClientStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getLocale() {
    return locale;
  }

  public String getContactName() {
    return contactName;
  }

  public ClientStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }
}
