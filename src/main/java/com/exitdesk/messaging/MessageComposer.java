package com.exitdesk.messaging;

import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Writes the subject and plain text of each message from its model. This is the plain first
 * version; the Freemarker templates of {@code templates/} replace it, with the same models.
 */
@Component
public class MessageComposer {

  public RenderedMessage compose(MessageKind kind, Map<String, ?> model) {
    return switch (kind) {
      case RENEGOTIATION_PROPOSAL ->
          new RenderedMessage(
              "New terms for our work together",
              String.join(
                  "\n",
                  "Dear " + get(model, "clientName") + ",",
                  "",
                  "We value our work together and want it to work well for both sides.",
                  "We propose the following terms:",
                  "",
                  "Scope: " + get(model, "scope"),
                  "Boundaries: " + get(model, "boundaries"),
                  "Communication channel: " + get(model, "communicationChannel"),
                  "Check-in cadence: " + get(model, "checkInCadence"),
                  "Monthly fee: " + get(model, "monthlyFee") + " " + get(model, "currency"),
                  "",
                  "Please answer by " + get(model, "deadline") + ".",
                  "",
                  "Kind regards,",
                  get(model, "senderName")));
      case PROPOSAL_REMINDER ->
          new RenderedMessage(
              "Reminder: our proposal awaits your answer",
              String.join(
                  "\n",
                  "Dear " + get(model, "clientName") + ",",
                  "",
                  "A friendly reminder that our proposal of new terms awaits your answer,",
                  "which we need by " + get(model, "deadline") + ".",
                  "",
                  "Kind regards,",
                  get(model, "senderName")));
      case TERMINATION_NOTICE ->
          new RenderedMessage(
              "Notice of the end of our agreement",
              String.join(
                  "\n",
                  "Dear " + get(model, "clientName") + ",",
                  "",
                  "After careful consideration we have decided to end our agreement, effective "
                      + get(model, "exitDate")
                      + ", as provided by the contract: "
                      + get(model, "terminationClause"),
                  "",
                  "Our reasons: " + get(model, "reasons"),
                  "",
                  "Deliverables: " + get(model, "deliverables"),
                  "Transition: " + get(model, "handoverPlan"),
                  "Your data: " + get(model, "dataReturn"),
                  "Who can help you next: " + get(model, "alternatives"),
                  "Refund: " + get(model, "refund"),
                  "Your contact for the transition: " + get(model, "transitionContact"),
                  "",
                  "Thank you for the work we did together.",
                  "",
                  "Kind regards,",
                  get(model, "senderName")));
      case APPROVAL_REMINDER ->
          new RenderedMessage(
              "A termination waits for a manager's approval",
              String.join(
                  "\n",
                  "The termination of client "
                      + get(model, "clientName")
                      + " (case "
                      + get(model, "caseId")
                      + ") has waited since "
                      + get(model, "waitingSince")
                      + " for a manager's approval.",
                  "Open the inbox to decide."));
    };
  }

  /** A missing value is a programming error: it must fail, not print a blank to a client. */
  private static String get(Map<String, ?> model, String key) {
    return String.valueOf(
        Objects.requireNonNull(model.get(key), () -> "message model lacks '" + key + "'"));
  }
}
