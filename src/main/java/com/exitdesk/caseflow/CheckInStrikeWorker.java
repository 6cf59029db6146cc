package com.exitdesk.caseflow;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import com.exitdesk.incident.IncidentService;
import com.exitdesk.incident.IncidentService.IncidentReport;
import com.exitdesk.incident.Severity;
import com.exitdesk.incident.WarningSign;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Logs the strike a person asked for when the client missed a probation check-in. It is an incident
 * like any other: it joins the open case, and the case's process, which waits for incidents during
 * the probation, ends the probation and goes back to the evidence.
 *
 * <p>That message interrupts the probation this job belongs to, so the engine usually refuses the
 * job's completion afterwards (it is no longer there); the strike is on record all the same, and
 * the job cannot come back to log it twice.
 */
@Component
public class CheckInStrikeWorker {

  private final IncidentService incidents;
  private final Clock clock;

  CheckInStrikeWorker(IncidentService incidents, Clock clock) {
    this.incidents = incidents;
    this.clock = clock;
  }

  @JobWorker(type = JobTypes.LOG_CHECK_IN_STRIKE)
  public void logStrike(
      @Variable long clientId,
      @Variable(optional = true) Long checkInInteractionId,
      @Variable(optional = true) String checkInRecordedBy,
      @Variable(optional = true) String checkInNextSteps) {
    incidents.report(
        clientId,
        new IncidentReport(
            null,
            WarningSign.MINIMAL_COMMUNICATION,
            Severity.MEDIUM,
            description(checkInNextSteps),
            LocalDate.now(clock.withZone(ZoneOffset.UTC)),
            checkInInteractionId),
        checkInRecordedBy != null ? checkInRecordedBy : AuditTrail.SYSTEM);
  }

  private static String description(String nextSteps) {
    String text =
        "The client did not attend a probation check-in agreed in the new terms"
            + (nextSteps == null ? "" : ". Next steps: " + nextSteps);
    return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }
}
