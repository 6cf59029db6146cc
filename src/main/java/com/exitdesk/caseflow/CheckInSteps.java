package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.caseflow.ProbationPlanned.CheckInCounts;
import com.exitdesk.client.Client;
import com.exitdesk.client.CommunicationChannel;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.interaction.Interaction;
import com.exitdesk.interaction.InteractionKind;
import com.exitdesk.interaction.InteractionService;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.MessagingProperties;
import com.exitdesk.messaging.OutboxMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the probation's check-ins do to the case: each one counted and on the client's history, and
 * the team reminded of one that went past its due date. Each runs in one transaction and, through
 * the {@link StepLedger}, applies its side effects once even when its job is redelivered. The jobs
 * reach them through {@link CheckInWorkers}.
 */
@Service
class CheckInSteps {

  private final CaseLookup lookup;
  private final StepLedger ledger;
  private final InteractionService interactions;
  private final InboxService inbox;
  private final StepMessages messages;
  private final MessageModels models;
  private final MessagingProperties messaging;
  private final AuditTrail audit;
  private final Clock clock;

  CheckInSteps(
      CaseLookup lookup,
      StepLedger ledger,
      InteractionService interactions,
      InboxService inbox,
      StepMessages messages,
      MessageModels models,
      MessagingProperties messaging,
      AuditTrail audit,
      Clock clock) {
    this.lookup = lookup;
    this.ledger = ledger;
    this.interactions = interactions;
    this.inbox = inbox;
    this.messages = messages;
    this.models = models;
    this.messaging = messaging;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records how a probation check-in went: on the case's count, and on the client's history (the
   * meeting or call with what was agreed, or a note that it did not take place).
   *
   * @return the case's counts, and whether a strike was asked for the client's absence
   */
  @Transactional
  public CheckInRecorded recordCheckIn(Step step, CheckIn checkIn) {
    RelationshipCase c = lookup.caseOf(step);
    boolean strike = checkIn.outcome() == CheckInOutcome.CLIENT_ABSENT && checkIn.strikeRequested();
    // A redelivered job finds the interaction already written; the strike then points to none.
    Long interactionId =
        ledger.onceReturning(step, c, () -> countAndLog(c, checkIn, strike)).orElse(null);
    return new CheckInRecorded(
        new CheckInCounts(c.getCheckIns().held(), c.getCheckIns().missed()), strike, interactionId);
  }

  /**
   * @return the interaction that puts the check-in on the client's history
   */
  private Long countAndLog(RelationshipCase c, CheckIn checkIn, boolean strike) {
    Client client = lookup.clientOf(c);
    boolean held = checkIn.outcome() == CheckInOutcome.HELD;
    if (held) {
      c.checkInHeld();
    } else {
      c.checkInMissed();
    }
    int number = c.getCheckIns().recorded();
    boolean agreed = held && checkIn.agreed() != null && !checkIn.agreed().isBlank();
    Interaction interaction =
        interactions.record(
            c.getClientId(),
            c.getId(),
            new Interaction.Details(
                held ? checkInKind(client.getPrimaryChannel()) : InteractionKind.NOTE,
                clock.instant(),
                client.getPrimaryChannel(),
                truncate(client.getName() + "; " + checkIn.recordedBy(), 500),
                // In the person's own words: the check-in's outcome is on the case's timeline.
                truncate(checkIn.nextSteps(), 4000),
                agreed,
                agreed ? checkIn.agreed() : null),
            null,
            checkIn.recordedBy());
    audit.record(
        c.getClientId(),
        c.getId(),
        checkIn.recordedBy(),
        held ? AuditType.CHECK_IN_HELD : AuditType.CHECK_IN_MISSED,
        "Check-in %d of %d %s%s"
            .formatted(
                number,
                c.getCheckIns().planned(),
                switch (checkIn.outcome()) {
                  case HELD -> "held" + (agreed ? "; agreed: " + checkIn.agreed() : "");
                  case CLIENT_ABSENT -> "missed: the client did not attend";
                  case NOT_HELD -> "not held on our side";
                },
                strike ? "; a strike for minimal communication follows" : ""),
        AuditTrail.details(
            "number",
            number,
            "planned",
            c.getCheckIns().planned(),
            "outcome",
            checkIn.outcome(),
            "agreed",
            agreed ? checkIn.agreed() : null,
            "strike",
            strike));
    return interaction.getId();
  }

  /** A call on the phone; on any other channel a check-in is a meeting. */
  private static InteractionKind checkInKind(CommunicationChannel channel) {
    return channel == CommunicationChannel.PHONE ? InteractionKind.CALL : InteractionKind.MEETING;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  /** Reminds the operations team of a check-in that went past its due date unrecorded. */
  @Transactional
  public Sending<Void> remindCheckIn(Step step) {
    RelationshipCase c = lookup.caseOf(step);
    Client client = lookup.clientOf(c);
    Instant dueAt =
        inbox.openTasksOfCase(c.getId()).stream()
            .filter(t -> ProcessConstants.UserTasks.HOLD_CHECK_IN.equals(t.getElementId()))
            .map(InboxTask::getDueAt)
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(clock.instant());
    ledger.once(
        step,
        c,
        () ->
            audit.record(
                c.getClientId(),
                c.getId(),
                AuditTrail.SYSTEM,
                AuditType.CHECK_IN_REMINDED,
                "A check-in due by " + dueAt + " is overdue: the team was reminded",
                AuditTrail.details("dueAt", dueAt)));
    OutboxMessage message =
        messages.toStaff(
            c,
            MessageKind.CHECK_IN_REMINDER,
            step,
            messaging.checkInRemindersAddress(),
            () -> models.checkInReminder(c, client, dueAt));
    return Sending.only(message.getId());
  }

  /** What was held in a probation check-in, as submitted in {@code task_hold_check_in}. */
  enum CheckInOutcome {
    HELD,
    CLIENT_ABSENT,
    NOT_HELD
  }

  /**
   * @param strikeRequested whether the person asked for a strike for the client's absence
   */
  record CheckIn(
      CheckInOutcome outcome,
      String agreed,
      String nextSteps,
      boolean strikeRequested,
      String recordedBy) {}
}
