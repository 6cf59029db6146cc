package com.exitdesk.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who the company is in every message and letter. The identity (names, addresses, the people who
 * sign) has no defaults: a production start without it stops and lists what is missing, so no
 * client ever receives a letter from the development mode's demo people (those live in the test
 * classpath's configuration).
 *
 * @param senderName who signs the messages to clients: the company's name, also on the letterhead
 * @param fromAddress the address messages are sent from
 * @param managersAddress where reminders about waiting approvals go
 * @param staffLanguage the language of messages to staff
 * @param timeZone the zone in which dates and times in messages are written, the letter's date too
 * @param letterhead the company's address and contact details at the head of every letter
 * @param contact the person a client writes to about a termination: named, with role, email, phone
 * @param signatory who signs the termination letter, with title
 * @param refundWithinDays a refund reaches the client at most this many days after the notice
 * @param opsAddress where reminders about overdue probation check-ins go: the operations team; when
 *     not set, the contact person (the account manager who talks with the clients)
 */
@Validated
@ConfigurationProperties("exitdesk.messages")
public record MessagingProperties(
    @NotBlank String senderName,
    @Email @NotBlank String fromAddress,
    @Email @NotBlank String managersAddress,
    @DefaultValue("en") @NotBlank String staffLanguage,
    @DefaultValue("UTC") @NotBlank String timeZone,
    @NotNull @Valid Letterhead letterhead,
    @NotNull @Valid Person contact,
    @NotNull @Valid Person signatory,
    @DefaultValue("14") @Min(1) @Max(90) int refundWithinDays,
    @Email String opsAddress) {

  /** Who is reminded of an overdue check-in: the operations team, else the account manager. */
  public String checkInRemindersAddress() {
    return opsAddress != null && !opsAddress.isBlank() ? opsAddress : contact.email();
  }

  /** The languages a client may have; every title must exist in each. */
  static final List<String> CLIENT_LANGUAGES = List.of("en", "es");

  /**
   * @param address the postal address, as one line
   */
  public record Letterhead(
      @NotBlank String address,
      @Email @NotBlank String email,
      @NotBlank String phone,
      String website) {}

  /**
   * @param titles the person's role or title by language ({@code en: Account manager})
   */
  public record Person(
      @NotBlank String name,
      Map<String, String> titles,
      @Email @NotBlank String email,
      @NotBlank String phone) {

    public Person {
      titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    /** Checked at start-up: a letter must never fail for want of the signer's title. */
    @AssertTrue(message = "needs a title in every client language: titles.en and titles.es")
    public boolean isTitledInEveryClientLanguage() {
      return CLIENT_LANGUAGES.stream()
          .allMatch(language -> titles.get(language) != null && !titles.get(language).isBlank());
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
