package com.exitdesk.caseflow;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client's side of a renegotiation: read the proposal and accept or decline it through the
 * signed link in the email. No account: the link is the permission.
 */
@RestController
class PublicAnswerController {

  private final AnswerLinks links;
  private final ProposalRepository proposals;
  private final CaseService cases;
  private final ClientAnswers answers;
  private final ClientService clients;
  private final Clock clock;

  PublicAnswerController(
      AnswerLinks links,
      ProposalRepository proposals,
      CaseService cases,
      ClientAnswers answers,
      ClientService clients,
      Clock clock) {
    this.links = links;
    this.proposals = proposals;
    this.cases = cases;
    this.answers = answers;
    this.clients = clients;
    this.clock = clock;
  }

  @GetMapping("/api/public/proposals/{token}")
  ProposalForClient proposal(@PathVariable String token) {
    Proposal proposal = proposal(links.verify(token));
    RelationshipCase c = cases.find(proposal.getCaseId());
    Client client = clients.find(c.getClientId()).orElseThrow();
    return new ProposalForClient(
        client.getName(),
        client.getLocale(),
        proposal.getScope(),
        proposal.getBoundaries(),
        proposal.getCommunicationChannel(),
        proposal.getCheckInCadence(),
        proposal.getMonthlyFee(),
        clients.currencyOf(client.getId()),
        proposal.getDeadline(),
        proposal.getStatus(),
        proposal.getStatus() == ProposalStatus.PENDING
            && clock.instant().isBefore(proposal.getDeadline()));
  }

  @PostMapping("/api/public/proposals/{token}/answer")
  ProposalForClient answer(@PathVariable String token, @Valid @RequestBody ClientAnswer answer) {
    AnswerLinks.Claim claim = links.verify(token);
    Proposal proposal = proposal(claim);
    if (proposal.getStatus() == ProposalStatus.EXPIRED
        || (proposal.getStatus() == ProposalStatus.PENDING
            && !clock.instant().isBefore(claim.expires()))) {
      throw new LinkExpiredException(proposal.getDeadline());
    }
    if (proposal.getStatus() != ProposalStatus.PENDING) {
      throw new ConflictException(
          "proposal-answered", "This proposal was already answered; the link works once");
    }
    answers.recordClientAnswerThroughLink(
        proposal.getCaseId(),
        answer.accepted(),
        answer.comment() == null ? null : answer.comment().strip(),
        "client (answer link)");
    return proposal(token);
  }

  @ExceptionHandler(LinkExpiredException.class)
  ProblemDetail expired(LinkExpiredException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.GONE,
            "This proposal expired on "
                + e.deadline.atZone(ZoneOffset.UTC).toLocalDate()
                + "; please contact us directly");
    problem.setTitle("Link expired");
    problem.setProperty("expiredOn", e.deadline);
    return problem;
  }

  private Proposal proposal(AnswerLinks.Claim claim) {
    return proposals
        .findById(claim.proposalId())
        .orElseThrow(() -> new NotFoundException("Answer link", "given"));
  }

  record ClientAnswer(@NotNull Boolean accepted, @Size(max = 2000) String comment) {}

  record ProposalForClient(
      String clientName,
      String language,
      String scope,
      String boundaries,
      String communicationChannel,
      String checkInCadence,
      BigDecimal monthlyFee,
      String currency,
      Instant deadline,
      ProposalStatus status,
      boolean open) {}

  static final class LinkExpiredException extends RuntimeException {
    final Instant deadline;

    LinkExpiredException(Instant deadline) {
      super("link expired");
      this.deadline = deadline;
    }
  }
}
