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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
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
  private final LedgerEntryRepository ledger;
  private final AuditTrail audit;
  private final MessageBundles bundles;
  private final int ledgerMonths;
  private final Clock clock;

  ClientService(
      ClientRepository clients,
      ContractRepository contracts,
      DeliverableRepository deliverables,
      LedgerEntryRepository ledger,
      AuditTrail audit,
      MessageBundles bundles,
      ProfitabilityProperties profitability,
      Clock clock) {
    this.clients = clients;
    this.contracts = contracts;
    this.deliverables = deliverables;
    this.ledger = ledger;
    this.audit = audit;
    this.bundles = bundles;
    this.ledgerMonths = profitability.ledgerMonths();
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

  /** The names of these clients by id, in one query; unknown ids are left out. */
  @Transactional(readOnly = true)
  public Map<Long, String> namesOf(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    clients.findAllById(ids).forEach(c -> names.put(c.getId(), c.getName()));
    return names;
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

  @Transactional(readOnly = true)
  public List<LedgerEntry> ledgerOf(long clientId) {
    return ledger.findByClientIdOrderByMonthAsc(clientId);
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

  @Transactional
  public Deliverable addDeliverable(long clientId, String title, LocalDate dueDate, String actor) {
    active(clientId);
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
    active(clientId);
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

  /**
   * Corrects a month's figures. Profitability decides whether a client is worth keeping, so the
   * figures the month had and the reason stay on the client's record.
   */
  @Transactional
  public LedgerEntry correctLedgerEntry(
      long clientId,
      String month,
      BigDecimal revenue,
      BigDecimal cost,
      BigDecimal hours,
      String reason,
      String actor) {
    active(clientId);
    ledgerMonth(month);
    LedgerEntry entry =
        ledger
            .findByClientIdAndMonth(clientId, month)
            .orElseThrow(() -> new NotFoundException("Ledger month", month));
    BigDecimal previousRevenue = entry.getRevenue();
    BigDecimal previousCost = entry.getCost();
    BigDecimal previousHours = entry.getHours();
    if (previousRevenue.compareTo(revenue) == 0
        && previousCost.compareTo(cost) == 0
        && previousHours.compareTo(hours) == 0) {
      return entry;
    }
    entry.correct(revenue, cost, hours);
    audit.record(
        clientId,
        null,
        actor,
        AuditType.LEDGER_CORRECTED,
        month
            + " corrected from revenue "
            + previousRevenue
            + ", cost "
            + previousCost
            + ", "
            + previousHours
            + " h to revenue "
            + revenue
            + ", cost "
            + cost
            + ", "
            + hours
            + " h: "
            + reason,
        AuditTrail.details(
            "month", month,
            "revenue", revenue,
            "cost", cost,
            "hours", hours,
            "previousRevenue", previousRevenue,
            "previousCost", previousCost,
            "previousHours", previousHours,
            "reason", reason));
    return entry;
  }

  /**
   * A ledger month from 1900 up to the current one: a month still to come has earned nothing yet.
   */
  private YearMonth ledgerMonth(String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("month", "must be a month as YYYY-MM");
    }
    if (parsed.isBefore(YearMonth.of(1900, 1))) {
      throw new InvalidInputException("month", "must be at least 1900-01");
    }
    if (parsed.isAfter(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
      throw new InvalidInputException("month", "must not be in the future");
    }
    return parsed;
  }

  @Transactional
  public LedgerEntry addLedgerEntry(
      long clientId,
      String month,
      BigDecimal revenue,
      BigDecimal cost,
      BigDecimal hours,
      String actor) {
    active(clientId);
    ledgerMonth(month);
    if (ledger.existsByClientIdAndMonth(clientId, month)) {
      throw new ConflictException(
          "ledger-month-recorded", "The ledger already has " + month + " for client " + clientId);
    }
    LedgerEntry entry = ledger.save(new LedgerEntry(clientId, month, revenue, cost, hours));
    audit.record(
        clientId,
        null,
        actor,
        AuditType.LEDGER_RECORDED,
        month + ": revenue " + revenue + ", cost " + cost + ", " + hours + " h",
        AuditTrail.details("month", month, "revenue", revenue, "cost", cost, "hours", hours));
    return entry;
  }

  /** Revenue against the cost of time and resources over the recent months. */
  @Transactional(readOnly = true)
  public Profitability profitabilityOf(long clientId) {
    String from =
        YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(ledgerMonths).toString();
    List<LedgerEntry> recent =
        ledger.findByClientIdAndMonthGreaterThanEqualOrderByMonthAsc(clientId, from);
    BigDecimal revenue =
        recent.stream().map(LedgerEntry::getRevenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cost =
        recent.stream().map(LedgerEntry::getCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal hours =
        recent.stream().map(LedgerEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Profitability(
        revenue, cost, hours, recent.isEmpty() ? null : marginPercent(revenue, cost));
  }

  /** Profit over revenue, in percent; an account with costs and no revenue loses everything. */
  public static BigDecimal marginPercent(BigDecimal revenue, BigDecimal cost) {
    if (revenue.signum() == 0) {
      return cost.signum() > 0 ? BigDecimal.valueOf(-100) : BigDecimal.ZERO;
    }
    return revenue
        .subtract(cost)
        .multiply(BigDecimal.valueOf(100))
        .divide(revenue, 1, java.math.RoundingMode.HALF_UP);
  }

  public record Profitability(
      BigDecimal revenue, BigDecimal cost, BigDecimal hours, BigDecimal marginPercent) {}

  private Client active(long clientId) {
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
