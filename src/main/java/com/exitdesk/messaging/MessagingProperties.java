package com.exitdesk.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param senderName who signs the messages to clients: the company's name, also on the letterhead
 * @param fromAddress the address messages are sent from
 * @param managersAddress where reminders about waiting approvals go
 * @param staffLanguage the language of messages to staff
 * @param timeZone the zone in which dates and times in messages are written, the letter's date too
 * @param letterhead the company's address and contact details at the head of every letter
 * @param contact the person a client writes to about a termination: named, with role, email, phone
 * @param signatory who signs the termination letter, with title
 * @param refundWithinDays a refund reaches the client at most this many days after the notice
 */
@Validated
@ConfigurationProperties("exitdesk.messages")
public record MessagingProperties(
    @DefaultValue("The Exit Desk team") @NotBlank String senderName,
    @DefaultValue("exit-desk@exitdesk.example") @Email @NotBlank String fromAddress,
    @DefaultValue("managers@exitdesk.example") @Email @NotBlank String managersAddress,
    @DefaultValue("en") @NotBlank String staffLanguage,
    @DefaultValue("UTC") @NotBlank String timeZone,
    @DefaultValue @Valid Letterhead letterhead,
    @DefaultValue @Valid Person contact,
    @DefaultValue @Valid Person signatory,
    @DefaultValue("14") @Min(1) @Max(90) int refundWithinDays) {

  /**
   * @param address the postal address, as one line
   */
  public record Letterhead(
      @DefaultValue("Calle de Alcalá 21, 28014 Madrid, Spain") @NotBlank String address,
      @DefaultValue("hello@exitdesk.example") @Email @NotBlank String email,
      @DefaultValue("+34 910 000 000") @NotBlank String phone,
      @DefaultValue("exitdesk.example") String website) {}

  /**
   * @param titles the person's role or title by language ({@code en: Account manager})
   */
  public record Person(
      @DefaultValue("Olivia Ortega") @NotBlank String name,
      Map<String, String> titles,
      @DefaultValue("olivia.ortega@exitdesk.example") @Email @NotBlank String email,
      @DefaultValue("+34 910 000 001") @NotBlank String phone) {

    public Person {
      titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    /** The title in the language, which every language a client may have must give. */
    public String title(String language) {
      String title = titles.get(language);
      if (title == null || title.isBlank()) {
        throw new IllegalStateException(
            "No title for " + name + " in '" + language + "' (exitdesk.messages.*.titles)");
      }
      return title;
    }
  }
}
