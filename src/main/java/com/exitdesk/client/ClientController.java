package com.exitdesk.client;

import com.exitdesk.audit.AuditEvent;
import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.client.ClientCases.CaseLine;
import com.exitdesk.client.ClientIncidents.IncidentLine;
import com.exitdesk.client.ContractController.ContractView;
import com.exitdesk.client.DeliverableController.DeliverableView;
import com.exitdesk.client.LedgerController.LedgerView;
import com.exitdesk.shared.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
class ClientController {

  /**
   * One line of visible text: no control characters of any script (C0, DEL and C1 such as U+0085
   * NEXT LINE), no line or paragraph separators (U+2028, U+2029), no invisible format characters
   * (zero-width spaces, direction overrides that disguise a name), no private-use characters and no
   * unpaired surrogates. The joiners and tags that emoji are built from (a ZWJ sequence such as
   * 👩‍💻, a flag) are text and pass.
   */
  static final String SINGLE_LINE =
      "(?:[^\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Zl}\\p{Zp}]|[\\x{200C}\\x{200D}\\x{E0020}-\\x{E007F}])*";

  /** What staff change on a client's record by hand, shown on its page as its record of changes. */
  private static final java.util.Set<AuditType> RECORD_CHANGES =
      java.util.EnumSet.of(
          AuditType.CLIENT_CREATED,
          AuditType.CLIENT_UPDATED,
          AuditType.CLIENT_CONTACT_CHANGED,
          AuditType.CONTRACT_UPDATED,
          AuditType.DELIVERABLE_ADDED,
          AuditType.DELIVERABLE_CHANGED,
          AuditType.DELIVERABLE_REMOVED,
          AuditType.DELIVERABLE_COMPLETED,
          AuditType.LEDGER_RECORDED,
          AuditType.LEDGER_CORRECTED);

  private final ClientService clients;
  private final ClientLedger ledger;
  private final ClientIncidents incidents;
  private final ClientCases cases;
  private final AuditTrail audit;

  ClientController(
      ClientService clients,
      ClientLedger ledger,
      ClientIncidents incidents,
      ClientCases cases,
      AuditTrail audit) {
    this.clients = clients;
    this.ledger = ledger;
    this.incidents = incidents;
    this.cases = cases;
    this.audit = audit;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ClientSummary create(@Valid @RequestBody NewClient request, CurrentUser user) {
    return summary(
        clients.create(
            request.name().strip(),
            request.email().strip(),
            request.locale(),
            blankToNull(request.contactName()),
            request.primaryChannel() == null
                ? CommunicationChannel.EMAIL
                : request.primaryChannel(),
            user.name()));
  }

  /** Renames the client, corrects its email address or changes the language of its letters. */
  @PutMapping("/{id}")
  ClientSummary update(
      @PathVariable long id, @Valid @RequestBody ClientChange request, CurrentUser user) {
    return summary(
        clients.update(
            id, request.name().strip(), request.email().strip(), request.locale(), user.name()));
  }

  /** Sets the person letters are addressed to; an empty name addresses the company. */
  @PutMapping("/{id}/contact")
  ClientSummary putContact(
      @PathVariable long id, @Valid @RequestBody ContactRequest request, CurrentUser user) {
    return summary(clients.changeContactName(id, blankToNull(request.contactName()), user.name()));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @GetMapping
  List<ClientSummary> list() {
    return clients.list().stream().map(this::summary).toList();
  }

  @GetMapping("/{id}")
  ClientDetails details(@PathVariable long id) {
    Client client = clients.get(id);
    List<LedgerEntry> months = ledger.ledgerOf(id);
    BigDecimal revenue =
        months.stream().map(LedgerEntry::getRevenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cost =
        months.stream().map(LedgerEntry::getCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new ClientDetails(
        summary(client),
        clients.contractOf(id).map(ContractView::of).orElse(null),
        clients.deliverablesOf(id).stream().map(DeliverableView::of).toList(),
        months.stream().map(LedgerView::of).toList(),
        revenue,
        cost,
        incidents.incidentsOf(id),
        cases.casesOf(id),
        cases.caseHoldingDeliverablesOf(id).orElse(null),
        audit.forClient(id).stream()
            .filter(e -> e.getCaseId() == null && RECORD_CHANGES.contains(e.getType()))
            .map(RecordChange::of)
            .toList()
            .reversed());
  }

  private ClientSummary summary(Client client) {
    ClientIncidents.Strikes strikes = incidents.strikesOf(client.getId());
    ClientLedger.Profitability profit = ledger.profitabilityOf(client.getId());
    return new ClientSummary(
        client.getId(),
        client.getName(),
        client.getEmail(),
        client.getLocale(),
        client.getContactName(),
        client.getStatus(),
        client.getClosedOn(),
        strikes.total(),
        strikes.financial(),
        strikes.ethical(),
        strikes.threshold(),
        profit.revenue(),
        profit.cost(),
        profit.hours(),
        profit.marginPercent(),
        cases.openCaseOf(client.getId()).orElse(null),
        client.getPrimaryChannel());
  }

  record NewClient(
      @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String name,
      @NotBlank
          @Size(max = 320)
          @Email
          @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String email,
      @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
          String locale,
      @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String contactName,
      CommunicationChannel primaryChannel) {}

  record ClientChange(
      @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String name,
      @NotBlank
          @Size(max = 320)
          @Email
          @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String email,
      @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
          String locale) {}

  /**
   * @param contactName the person at the client letters are addressed to, as it should appear after
   *     "Dear" ("Ana López"); empty to address letters to the company
   */
  record ContactRequest(
      @NotNull(message = "is required; empty addresses letters to the company")
          @Size(max = 200)
          @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String contactName) {}

  /**
   * @param strikes strikes that count towards a review now (financial + ethical)
   * @param reviewThreshold the strike that opens a review
   * @param revenue revenue over the recent months that judge profitability
   * @param marginPercent profit over revenue in those months; null without ledger entries
   * @param openCaseId the case under way, if any
   * @param primaryChannel how we keep in touch, as agreed
   */
  record ClientSummary(
      long id,
      String name,
      String email,
      String locale,
      String contactName,
      ClientStatus status,
      LocalDate closedOn,
      int strikes,
      int financialStrikes,
      int ethicalStrikes,
      int reviewThreshold,
      BigDecimal revenue,
      BigDecimal cost,
      BigDecimal hours,
      BigDecimal marginPercent,
      Long openCaseId,
      CommunicationChannel primaryChannel) {}

  record ClientDetails(
      ClientSummary client,
      ContractView contract,
      List<DeliverableView> deliverables,
      List<LedgerView> ledger,
      BigDecimal totalRevenue,
      BigDecimal totalCost,
      List<IncidentLine> incidents,
      List<CaseLine> cases,
      Long deliverablesHeldByCaseId,
      List<RecordChange> changes) {}

  /**
   * One change to the client's record, newest first: its type and parameters (as on a case's
   * timeline) for the UI to word in the reader's language, the English summary for API clients.
   */
  record RecordChange(
      Instant at, String actor, AuditType type, String summary, Map<String, Object> details) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RecordChange of(AuditEvent e) {
      Map<String, Object> details = null;
      if (e.getDetails() != null) {
        try {
          details = JSON.readValue(e.getDetails(), new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException unreadable) {
          details = null;
        }
      }
      return new RecordChange(
          e.getOccurredAt(), e.getActor(), e.getType(), e.getSummary(), details);
    }
  }
}
