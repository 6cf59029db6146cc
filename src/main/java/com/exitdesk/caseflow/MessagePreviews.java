package com.exitdesk.caseflow;

import com.exitdesk.client.Client;
import com.exitdesk.client.ClientService;
import com.exitdesk.messaging.MessageBundles;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.MessageTemplates;
import com.exitdesk.messaging.MessagingProperties;
import com.exitdesk.messaging.RenderedMessage;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.InvalidInputException;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets OPS read a message for the case as it stands, before the cooling-off ends. */
@Component
class MessagePreviews {

  private final CaseService cases;
  private final ClientService clients;
  private final ProposalRepository proposals;
  private final MessageModels models;
  private final MessageTemplates templates;
  private final MessageBundles bundles;
  private final MessagingProperties messaging;
  private final Clock clock;

  MessagePreviews(
      CaseService cases,
      ClientService clients,
      ProposalRepository proposals,
      MessageModels models,
      MessageTemplates templates,
      MessageBundles bundles,
      MessagingProperties messaging,
      Clock clock) {
    this.cases = cases;
    this.clients = clients;
    this.proposals = proposals;
    this.models = models;
    this.templates = templates;
    this.bundles = bundles;
    this.messaging = messaging;
    this.clock = clock;
  }

  /**
   * @param language the language to render in; the client's own when null
   */
  @Transactional(readOnly = true)
  RenderedMessage preview(long caseId, MessageKind kind, String language) {
    RelationshipCase c = cases.find(caseId);
    Client client = clients.find(c.getClientId()).orElseThrow();
    String lang =
        language != null
            ? language
            : kind.audience() == MessageKind.Audience.CLIENT
                ? client.getLocale()
                : messaging.staffLanguage();
    if (!bundles.supports(lang)) {
      throw new InvalidInputException("locale", "must be one of " + bundles.languages());
    }
    Map<String, Object> model =
        switch (kind) {
          case RENEGOTIATION_PROPOSAL -> models.proposal(client, latestProposal(caseId));
          case PROPOSAL_REMINDER -> models.reminder(client, latestProposal(caseId));
          case TERMINATION_NOTICE -> models.notice(c, client);
          case APPROVAL_REMINDER -> models.approvalReminder(c, client, clock.instant());
          case CHECK_IN_REMINDER -> models.checkInReminder(c, client, clock.instant());
        };
    return templates.render(kind, lang, model);
  }

  private Proposal latestProposal(long caseId) {
    return proposals
        .findFirstByCaseIdOrderByIdDesc(caseId)
        .orElseThrow(() -> new ConflictException("Case " + caseId + " has no proposal yet"));
  }
}
