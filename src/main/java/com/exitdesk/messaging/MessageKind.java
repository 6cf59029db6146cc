package com.exitdesk.messaging;

import java.util.List;

/**
 * Every kind of message the process sends; each has its own service task type, its own pair of
 * templates under {@code templates/mail/} and its subject in the message bundles.
 */
public enum MessageKind {
  RENEGOTIATION_PROPOSAL(
      Audience.CLIENT, "renegotiation-proposal", "proposal.subject", null, "deadline:dayAndMonth"),
  PROPOSAL_REMINDER(
      Audience.CLIENT, "proposal-reminder", "reminder.subject", null, "deadline:dayAndMonth"),
  TERMINATION_NOTICE(
      Audience.CLIENT,
      "termination-notice",
      "notice.subject",
      "letter/termination-letter.ftlh",
      "exitDate:date"),
  APPROVAL_REMINDER(
      Audience.STAFF, "approval-reminder", "approvalReminder.subject", null, "clientName"),
  CHECK_IN_REMINDER(
      Audience.STAFF, "check-in-reminder", "checkInReminder.subject", null, "clientName");

  private final Audience audience;
  private final String template;
  private final String subjectKey;
  private final String letterTemplate;
  private final List<String> subjectArguments;

  MessageKind(
      Audience audience,
      String template,
      String subjectKey,
      String letterTemplate,
      String... subjectArguments) {
    this.audience = audience;
    this.template = template;
    this.subjectKey = subjectKey;
    this.letterTemplate = letterTemplate;
    this.subjectArguments = List.of(subjectArguments);
  }

  public Audience audience() {
    return audience;
  }

  String htmlTemplate() {
    return "mail/html/" + template + ".ftlh";
  }

  String textTemplate() {
    return "mail/text/" + template + ".ftl";
  }

  String subjectKey() {
    return subjectKey;
  }

  /**
   * Model entries the subject line quotes, in order: {@code name}, or {@code name:format} with a
   * date format of {@link LocaleFormat} ({@code date}, {@code dayAndMonth}).
   */
  List<String> subjectArguments() {
    return subjectArguments;
  }

  /** The formal letter attached as a PDF, if this kind has one. */
  String letterTemplate() {
    return letterTemplate;
  }

  public enum Audience {
    CLIENT,
    STAFF
  }
}
