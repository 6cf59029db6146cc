package com.exitdesk.messaging;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one outbox message over SMTP: plain text and HTML as alternatives, the letter as a PDF
 * attachment, and a Message-ID derived from the outbox row, so a copy that does go out twice (mail
 * server accepted, app crashed before recording it) is recognisably the same message.
 */
@Component
class MailDelivery {

  /**
   * Spring's helper reads and parses the MIME types file anew for every message it builds on a
   * plain {@link MimeMessage}; the table never changes, so it is read once.
   */
  private static final FileTypeMap FILE_TYPES = fileTypes();

  private final JavaMailSenderImpl mailSender;
  private final MessageTemplates templates;
  private final MessagingProperties properties;

  MailDelivery(
      JavaMailSenderImpl mailSender, MessageTemplates templates, MessagingProperties properties) {
    this.mailSender = mailSender;
    this.templates = templates;
    this.properties = properties;
  }

  /**
   * @return the Message-ID of the sent message
   * @throws AddressRejectedException the server refused the recipient for good (5xx)
   * @throws MailException anything else: worth retrying
   */
  String send(OutboxMessage message) {
    String messageId = messageIdOf(message);
    MimeMessage mime =
        new MimeMessage(mailSender.getSession()) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    try {
      MimeMessageHelper helper =
          new MimeMessageHelper(mime, true, "UTF-8") {
            @Override
            protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
              return FILE_TYPES;
            }
          };
      helper.setFrom(
          new InternetAddress(properties.fromAddress(), properties.senderName(), "UTF-8"));
      helper.setTo(singleLine(message.getRecipient()));
      helper.setSubject(singleLine(message.getSubject()));
      helper.setText(message.getBodyText(), message.getBodyHtml());
      if (message.hasLetter()) {
        helper.addAttachment(
            templates.letterFileName(message.getLocale(), message.getCaseId()),
            new ByteArrayResource(templates.pdf(message.getLetterHtml())),
            "application/pdf");
      }
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException("Cannot build message " + message.getId(), e);
    }
    try {
      mailSender.send(mime);
    } catch (MailSendException e) {
      for (Exception failure : e.getFailedMessages().values()) {
        SMTPAddressFailedException refused = refusedRecipient(failure);
        if (refused != null && refused.getReturnCode() >= 500) {
          throw new AddressRejectedException(
              refused.getReturnCode() + " " + refused.getMessage().strip(), e);
        }
      }
      throw e;
    }
    return messageId;
  }

  private String messageIdOf(OutboxMessage message) {
    String domain = properties.fromAddress().substring(properties.fromAddress().indexOf('@') + 1);
    return "<exitdesk." + message.getIdempotencyKey().replace(':', '.') + "@" + domain + ">";
  }

  private static FileTypeMap fileTypes() {
    ConfigurableMimeFileTypeMap fileTypes = new ConfigurableMimeFileTypeMap();
    fileTypes.afterPropertiesSet();
    return fileTypes;
  }

  private static String singleLine(String header) {
    if (header.indexOf('\r') >= 0 || header.indexOf('\n') >= 0) {
      throw new MailPreparationException("Header values must not contain line breaks");
    }
    return header;
  }

  private static SMTPAddressFailedException refusedRecipient(Throwable failure) {
    Throwable current = failure;
    while (current != null) {
      if (current instanceof SMTPAddressFailedException refused) {
        return refused;
      }
      Throwable next =
          current instanceof SendFailedException sendFailed ? sendFailed.getNextException() : null;
      current = next != null ? next : current.getCause();
    }
    return null;
  }
}
