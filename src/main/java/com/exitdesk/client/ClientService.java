package com.exitdesk.client;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.messaging.MessageBundles;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client portfolio: who they are, what was agreed, what we owe, what they earn and cost. */
@Service
public class ClientService {

  private final ClientRepository clients;
  private final ContractRepository contracts;
  private final DeliverableRepository deliverables;
  private final ClientNames names;
  private final AuditTrail audit;
  private final MessageBundles bundles;
  private final Clock clock;

  ClientService(
      ClientRepository clients,
      ContractRepository contracts,
      DeliverableRepository deliverables,
      ClientNames names,
      AuditTrail audit,
      MessageBundles bundles,
      Clock clock) {
    this.clients = clients;
    this.contracts = contracts;
    this.deliverables = deliverables;
    this.names = names;
    this.audit = audit;
    this.bundles = bundles;
    this.clock = clock;
  }

  @Transactional
  public Client create(String name, String email, String locale, String actor) {
    return create(name, email, locale, null, actor);
  }

  /**
   * @param contactName the person letters are addressed to; null addresses them to the company
   */
  @Transactional
  public Client create(String name, String email, String locale, String contactName, String actor) {
    return create(name, email, locale, contactName, CommunicationChannel.EMAIL, actor);
  }

  /**
   * @param contactName the person letters are addressed to; null addresses them to the company
   * @param primaryChannel the channel agreed with the client at the start
   */
  @Transactional
  public Client create(
      String name,
      String email,
      String locale,
      String contactName,
      CommunicationChannel primaryChannel,
      String actor) {
    if (!primaryChannel.canBeAgreed()) {
      throw new InvalidInputException("primaryChannel", "cannot be agreed as a channel");
    }
    if (!bundles.supports(locale)) {
      throw new InvalidInputException("locale", "must be one of " + bundles.languages());
    }
    if (clients.existsByEmailIgnoreCase(email)) {
      throw new ConflictException("email-taken", "A client with this email already exists");
    }
    Client client = new Client(name, email, locale, contactName, clock.instant());
    client.changePrimaryChannel(primaryChannel);
    client = clients.save(client);
    audit.record(
        client.getId(),
        null,
        actor,
        AuditType.CLIENT_CREATED,
        "Client " + name + " added",
        AuditTrail.details("name", name, "locale", locale));
    return client;
  }

  /** Sets or clears (null) the person letters are addressed to. */
  @Transactional
  public Client changeContactName(long clientId, String contactName, String actor) {
    Client client = get(clientId);
    client.changeContactName(contactName);
    audit.record(
        clientId,
        null,
        actor,
        AuditType.CLIENT_CONTACT_CHANGED,
        contactName == null
            ? "Letters are addressed to the company"
            : "Letters are addressed to the contact person",
        AuditTrail.details("contactName", contactName));
    return client;
  }

  /**
   * Renames the client, corrects its email address or changes the language its letters are written
   * in; records which of them changed. Nothing changed records nothing.
   */
  @Transactional
  public Client update(long clientId, String name, String email, String locale, String actor) {
    Client client = active(clientId);
    if (!bundles.supports(locale)) {
      throw new InvalidInputException("locale", "must be one of " + bundles.languages());
    }
    if (!client.getEmail().equalsIgnoreCase(email)
        && clients.existsByEmailIgnoreCaseAndIdNot(email, clientId)) {
      throw new ConflictException("email-taken", "A client with this email already exists");
    }
    List<String> changed = new java.util.ArrayList<>();
    if (!client.getName().equals(name)) {
      changed.add("name");
    }
    if (!client.getEmail().equals(email)) {
      changed.add("email");
    }
    if (!client.getLocale().equals(locale)) {
      changed.add("locale");
    }
    if (changed.isEmpty()) {
      return client;
    }
    String previousName = client.getName();
    String previousLocale = client.getLocale();
    client.rename(name);
    client.changeEmail(email);
    client.changeLocale(locale);
    audit.record(
        clientId,
        null,
        actor,
        AuditType.CLIENT_UPDATED,
        "Client details changed: " + String.join(", ", changed),
        AuditTrail.details(
            "changed", changed,
            "name", name,
            "previousName", changed.contains("name") ? previousName : null,
            "locale", locale,
            "previousLocale", changed.contains("locale") ? previousLocale : null));
    return client;
  }

  @Transactional(readOnly = true)
  public List<Client> list() {
    return clients.findAll().stream()
        .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
        .toList();
  }

  /**
   * The names of these clients by id, in one statement (no transaction of its own: one statement
   * reads consistently, and the inbox's page reads them inside its own); unknown ids are left out.
   */
  public Map<Long, String> namesOf(Collection<Long> ids) {
    return names.of(ids);
  }

  /** The client's name, or empty when there is no such client. */
  @Transactional(readOnly = true)
  public Optional<String> nameOf(long id) {
    return clients.findById(id).map(Client::getName);
  }

  @Transactional(readOnly = true)
  public Client get(long id) {
    return clients.findById(id).orElseThrow(() -> new NotFoundException("Client", id));
  }

  @Transactional(readOnly = true)
  public Optional<Contract> contractOf(long clientId) {
    return contracts.findByClientId(clientId);
  }

  /** The client, or empty when there is no such client. */
  @Transactional(readOnly = true)
  public Optional<Client> find(long id) {
    return clients.findById(id);
  }

  /** The currency of the client's contract; EUR when there is no contract yet. */
  @Transactional(readOnly = true)
  public String currencyOf(long clientId) {
    return contracts.findByClientId(clientId).map(Contract::getCurrency).orElse("EUR");
  }

  /** The deliverables still owed, by due date. */
  @Transactional(readOnly = true)
  public List<Deliverable> openDeliverablesOf(long clientId) {
    return deliverables.findByClientIdAndStatusOrderByDueDateAscIdAsc(
        clientId, DeliverableStatus.OPEN);
  }

  /** One of the client's deliverables; empty when there is none by that id for this client. */
  @Transactional(readOnly = true)
  public Optional<Deliverable> deliverableOf(long clientId, long deliverableId) {
    return deliverables.findById(deliverableId).filter(d -> d.getClientId().equals(clientId));
  }

  @Transactional(readOnly = true)
  public List<Deliverable> deliverablesOf(long clientId) {
    return deliverables.findByClientIdOrderByDueDateAscIdAsc(clientId);
  }

  @Transactional
  public Contract putContract(long clientId, ContractTerms terms, String actor) {
    Client client = active(clientId);
    if (!terms.endDate().isAfter(terms.startDate())) {
      throw new InvalidInputException("endDate", "must be after startDate");
    }
    Contract contract = contracts.findByClientId(clientId).orElseGet(() -> new Contract(clientId));
    contract.setTerms(
        terms.startDate(),
        terms.endDate(),
        terms.monthlyFee(),
        terms.currency(),
        terms.noticePeriodDays(),
        terms.earlyTerminationFee(),
        terms.terminationClause(),
        terms.scope());
    contract = contracts.save(contract);
    audit.record(
        client.getId(),
        null,
        actor,
        AuditType.CONTRACT_UPDATED,
        "Contract from "
            + terms.startDate()
            + " to "
            + terms.endDate()
            + ", "
            + terms.monthlyFee()
            + " "
            + terms.currency()
            + " a month",
        AuditTrail.details(
            "startDate", terms.startDate(),
            "endDate", terms.endDate(),
            "monthlyFee", terms.monthlyFee(),
            "currency", terms.currency(),
            "noticePeriodDays", terms.noticePeriodDays()));
    return contract;
  }

  /**
   * The client, which must not be closed: a closed client's record is history.
   *
   * @throws ConflictException {@code client-closed}
   */
  public Client active(long clientId) {
    Client client = get(clientId);
    if (client.isClosed()) {
      throw new ConflictException("client-closed", "Client " + clientId + " is closed");
    }
    return client;
  }

  public record ContractTerms(
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal monthlyFee,
      String currency,
      int noticePeriodDays,
      BigDecimal earlyTerminationFee,
      String terminationClause,
      String scope) {}
}
