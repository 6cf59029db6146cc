package com.exitdesk.messaging;

import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What was sent to whom: each message with both parts and, for notices, the letter's PDF. These are
 * staff copies: a client's answer link is withheld ({@link StaffCopy}).
 */
@RestController
public class MessageController {

  private final Outbox outbox;
  private final MessageTemplates templates;

  MessageController(Outbox outbox, MessageTemplates templates) {
    this.outbox = outbox;
    this.templates = templates;
  }

  @GetMapping("/api/cases/{caseId}/messages")
  List<MessageSummary> ofCase(@PathVariable long caseId) {
    return outbox.forCase(caseId).stream().map(MessageSummary::of).toList();
  }

  @GetMapping("/api/messages/{id}")
  MessageView message(@PathVariable long id) {
    OutboxMessage m = outbox.find(id);
    return new MessageView(
        MessageSummary.of(m), StaffCopy.of(m.getBodyText()), StaffCopy.of(m.getBodyHtml()));
  }

  @GetMapping(value = "/api/messages/{id}.html", produces = MediaType.TEXT_HTML_VALUE)
  String html(@PathVariable long id) {
    return StaffCopy.of(outbox.find(id).getBodyHtml());
  }

  @GetMapping(value = "/api/messages/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    OutboxMessage m = outbox.find(id);
    if (!m.hasLetter()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
        .header(
            "Content-Disposition",
            "inline; filename=\"" + templates.letterFileName(m.getLocale(), m.getCaseId()) + "\"")
        .body(templates.pdf(m.getLetterHtml()));
  }

  /** One message as lists show it. */
  public record MessageSummary(
      long id,
      long caseId,
      MessageKind kind,
      String recipient,
      String subject,
      String language,
      OutboxStatus status,
      String messageId,
      String failure,
      boolean hasLetter,
      Instant createdAt,
      Instant sentAt) {

    public static MessageSummary of(OutboxMessage m) {
      return new MessageSummary(
          m.getId(),
          m.getCaseId(),
          m.getKind(),
          m.getRecipient(),
          m.getSubject(),
          m.getLocale(),
          m.getStatus(),
          m.getMessageId(),
          m.getFailure(),
          m.hasLetter(),
          m.getCreatedAt(),
          m.getSentAt());
    }
  }

  record MessageView(MessageSummary message, String text, String html) {}
}
