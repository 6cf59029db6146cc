package com.exitdesk.incident;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientCases;
import com.exitdesk.client.ClientService;
import com.exitdesk.interaction.InteractionService;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logs incidents and applies the strike policy: the benefit of the doubt up to the threshold, a
 * case at the strike that reaches it, and at once for verbal abuse. An incident for a client whose
 * case is open goes to that case: the case side takes it from the {@link IncidentReported} event.
 */
@Service
public class IncidentService {

  private final IncidentRepository incidents;
  private final ClientService clients;
  private final ClientCases cases;
  private final ReviewOpener reviews;
  private final ApplicationEventPublisher events;
  private final StrikePolicies policies;
  private final AuditTrail audit;
  private final InteractionService interactions;
  private final TransactionTemplate tx;
  private final Clock clock;

  IncidentService(
      IncidentRepository incidents,
      ClientService clients,
      ClientCases cases,
      ReviewOpener reviews,
      ApplicationEventPublisher events,
      StrikePolicies policies,
      AuditTrail audit,
      InteractionService interactions,
      TransactionTemplate tx,
      Clock clock) {
    this.incidents = incidents;
    this.clients = clients;
    this.cases = cases;
    this.reviews = reviews;
    this.events = events;
    this.policies = policies;
    this.audit = audit;
    this.interactions = interactions;
    this.tx = tx;
    this.clock = clock;
  }

  public Reported report(long clientId, IncidentReport report, String reporter) {
    // One policy for the whole report: a review changing it meanwhile applies to the next one.
    StrikePolicyProperties policy = policies.current();
    Reported logged = log(clientId, report, reporter, policy);
    if (logged.deliveredToCaseId() != null
        || !policy.opensReview(logged.incident().getSign(), logged.strikes())) {
      return logged;
    }
    return openReviewFor(logged, clientId, reporter, policy);
  }

  /**
   * Logs the incident in one transaction and hands it to the client's open case, if any; audits it
   * here unless it is about to open a review (that review's audit line names it).
   */
  private Reported log(
      long clientId, IncidentReport report, String reporter, StrikePolicyProperties policy) {
    return tx.execute(
        status -> {
          Client client = clients.get(clientId);
          if (client.isClosed()) {
            throw new ConflictException("client-closed", "Client " + clientId + " is closed");
          }
          if (report.interactionId() != null
              && !interactions.isOfClient(report.interactionId(), clientId)) {
            throw new InvalidInputException(
                "interactionId", "is not an interaction of this client");
          }
          Incident incident =
              incidents.save(
                  new Incident(
                      clientId,
                      report.area() != null ? report.area() : report.sign().usualArea(),
                      report.sign(),
                      report.severity(),
                      report.description(),
                      report.occurredOn(),
                      reporter,
                      clock.instant()));
          incident.happenedIn(report.interactionId());
          // Inside the transaction: an engine fault leaves no half-delivered incident.
          events.publishEvent(new IncidentReported(incident, reporter));
          if (incident.getCaseId() != null) {
            return new Reported(
                incident,
                countStrikes(clientId, policy).total(),
                policy.threshold(),
                null,
                incident.getCaseId());
          }
          int strikes = countStrikes(clientId, policy).total();
          if (!policy.opensReview(incident.getSign(), strikes)) {
            audit.record(
                clientId,
                null,
                reporter,
                AuditType.INCIDENT_LOGGED,
                describe(incident),
                details(incident, null));
          }
          return new Reported(incident, strikes, policy.threshold(), null, null);
        });
  }

  /**
   * Opens the review the strikes call for. Should the case fail to open, the incident is taken
   * back, so a retry does not count it twice; a case another strike opened meanwhile takes it.
   */
  private Reported openReviewFor(
      Reported logged, long clientId, String reporter, StrikePolicyProperties policy) {
    String reason =
        logged.incident().getSign().isAbuse()
            ? "Verbal abuse reported: fast track"
            : "Strike "
                + logged.strikes()
                + " of "
                + policy.threshold()
                + " reached: review opened";
    long opened;
    try {
      opened = reviews.openReview(clientId, reason, reporter);
    } catch (ConflictException e) {
      if (cases.openCaseOf(clientId).isEmpty()) {
        tx.executeWithoutResult(status -> incidents.deleteById(logged.incident().getId()));
        throw e;
      }
      // Another strike opened the case a moment ago: this one joins it.
      return tx.execute(
          status -> {
            long caseId = cases.openCaseOf(clientId).orElseThrow();
            Incident incident = incidents.findById(logged.incident().getId()).orElseThrow();
            addToCase(incident, caseId, reporter);
            return new Reported(incident, logged.strikes(), logged.threshold(), null, caseId);
          });
    } catch (RuntimeException e) {
      // The case could not open: take the incident back so a retry does not count it twice.
      tx.executeWithoutResult(status -> incidents.deleteById(logged.incident().getId()));
      throw e;
    }
    tx.executeWithoutResult(
        status ->
            audit.record(
                clientId,
                opened,
                reporter,
                AuditType.INCIDENT_LOGGED,
                describe(logged.incident()) + " (opened this case)",
                details(logged.incident(), "opened")));
    return new Reported(
        incidents.findById(logged.incident().getId()).orElseThrow(),
        logged.strikes(),
        logged.threshold(),
        opened,
        null);
  }

  /**
   * Adds a new incident to the client's open case, on the case side's word, in the transaction that
   * logs it; the case's process hears of it from the case side.
   */
  public void addToCase(Incident incident, long caseId, String reporter) {
    incident.attachTo(caseId);
    audit.record(
        incident.getClientId(),
        caseId,
        reporter,
        AuditType.INCIDENT_LOGGED,
        describe(incident) + " (added to the open case)",
        details(incident, "added"));
  }

  /** Strikes that still count towards a review: recent, and not yet reviewed by a case. */
  public int strikesInWindow(long clientId) {
    return countStrikes(clientId).total();
  }

  /** The strikes that count towards a review, by area. */
  public StrikeCount countStrikes(long clientId) {
    return countStrikes(clientId, policies.current());
  }

  private StrikeCount countStrikes(long clientId, StrikePolicyProperties policy) {
    LocalDate from = policy.windowStart(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    List<Incident> counting =
        incidents
            .findByClientIdAndCaseIdIsNullAndOccurredOnGreaterThanEqualOrderByOccurredOnAscIdAsc(
                clientId, from);
    int ethical = (int) counting.stream().filter(i -> i.getArea() == IncidentArea.ETHICAL).count();
    return new StrikeCount(counting.size(), counting.size() - ethical, ethical, policy.threshold());
  }

  public record StrikeCount(int total, int financial, int ethical, int threshold) {}

  public List<Incident> incidentsOf(long clientId) {
    return incidents.findByClientIdOrderByOccurredOnAscIdAsc(clientId);
  }

  private static java.util.Map<String, Object> details(Incident incident, String toCase) {
    return AuditTrail.details(
        "area", incident.getArea(),
        "sign", incident.getSign(),
        "severity", incident.getSeverity(),
        "occurredOn", incident.getOccurredOn(),
        "case", toCase);
  }

  private static String describe(Incident incident) {
    return incident.getArea()
        + " / "
        + incident.getSign()
        + " ("
        + incident.getSeverity()
        + ") on "
        + incident.getOccurredOn();
  }

  /**
   * @param interactionId the interaction where it happened, if it is on record
   */
  public record IncidentReport(
      IncidentArea area,
      WarningSign sign,
      Severity severity,
      String description,
      LocalDate occurredOn,
      Long interactionId) {

    public IncidentReport(
        IncidentArea area,
        WarningSign sign,
        Severity severity,
        String description,
        LocalDate occurredOn) {
      this(area, sign, severity, description, occurredOn, null);
    }
  }

  /**
   * @param openedCaseId the case this incident opened, if it reached the threshold
   * @param deliveredToCaseId the open case it was added to
   */
  public record Reported(
      Incident incident, int strikes, int threshold, Long openedCaseId, Long deliveredToCaseId) {}
}
