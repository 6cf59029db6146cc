package com.exitdesk.inbox;

import com.exitdesk.audit.AuditTrail;
import com.exitdesk.audit.AuditType;
import com.exitdesk.engine.CaseVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the user-task jobs into the inbox. The job stays activated while a person works on it: the
 * long timeout is the longest a task may sit untouched before the engine hands it out again (the
 * inbox then keeps its one row for it).
 */
@Component
public class UserTaskWorker {

  /** The job type of every user task the engine hands out as a job (the inbox serves them all). */
  public static final String JOB_TYPE = "io.camunda.zeebe:userTask";

  static final long THIRTY_DAYS_MS = 30L * 24 * 60 * 60 * 1000;
  static final Duration LEASE = Duration.ofMillis(THIRTY_DAYS_MS);

  // The headers the engine gives a job-worker user task's job (zeebe-protocol's Protocol names
  // them; the engine's protocol jar is not on the production classpath, the client is).
  private static final String ASSIGNEE_HEADER = "io.camunda.zeebe:assignee";
  private static final String CANDIDATE_GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";
  private static final String DUE_DATE_HEADER = "io.camunda.zeebe:dueDate";

  private final InboxTaskRepository tasks;
  private final FormCatalog forms;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  UserTaskWorker(
      InboxTaskRepository tasks,
      FormCatalog forms,
      AuditTrail audit,
      TransactionTemplate tx,
      Clock clock) {
    this.tasks = tasks;
    this.forms = forms;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @JobWorker(
      type = JOB_TYPE,
      autoComplete = false,
      timeout = THIRTY_DAYS_MS,
      fetchAllVariables = true)
  public void takeIntoInbox(ActivatedJob job) {
    register(job);
  }

  /** Stores a user task handed out by the engine; a re-activated job keeps its one row. */
  private void register(ActivatedJob job) {
    tx.executeWithoutResult(
        status -> {
          if (tasks.findByJobKey(job.getKey()).isPresent()) {
            return;
          }
          Map<String, Object> variables = job.getVariablesAsMap();
          Map<String, String> headers = job.getCustomHeaders();
          var definition = forms.userTask(job.getElementId());
          String name =
              definition.map(FormCatalog.UserTaskDefinition::name).orElse(job.getElementId());
          if (variables.get("deliverable") instanceof Map<?, ?> deliverable
              && deliverable.get("title") != null) {
            name = name + ": " + deliverable.get("title");
          }
          Long caseId = asLong(variables.get(CaseVariables.CASE_ID));
          Long clientId = asLong(variables.get(CaseVariables.CLIENT_ID));
          InboxTask task =
              tasks.save(
                  new InboxTask(
                      job.getKey(),
                      caseId,
                      clientId,
                      job.getProcessInstanceKey(),
                      job.getElementId(),
                      job.getElementInstanceKey(),
                      name,
                      definition.map(FormCatalog.UserTaskDefinition::formId).orElse(null),
                      blankToNull(headers.get(ASSIGNEE_HEADER)),
                      parseGroups(headers.get(CANDIDATE_GROUPS_HEADER)),
                      job.getVariables(),
                      clock.instant(),
                      parseDue(headers.get(DUE_DATE_HEADER))));
          audit.record(
              clientId,
              caseId,
              AuditTrail.SYSTEM,
              AuditType.TASK_CREATED,
              "Task '" + task.getName() + "' for " + String.join(", ", task.getCandidateGroups()),
              AuditTrail.details("task", task.getElementId(), "groups", task.getCandidateGroups()));
        });
  }

  private static List<String> parseGroups(String header) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    // The engine sends a JSON array; older engines sent a comma-separated list.
    String list = header.strip().replaceAll("^\\[|]$", "");
    return Arrays.stream(list.split(","))
        .map(g -> g.strip().replace("\"", ""))
        .filter(g -> !g.isEmpty())
        .toList();
  }

  private static Instant parseDue(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      // The engine writes FEEL date-times, which may carry a zone id: 2026-11-25T10:00Z[UTC].
      return ZonedDateTime.parse(header, DateTimeFormatter.ISO_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Long asLong(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
