package com.exitdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.exitdesk.caseflow.CasePhase;
import com.exitdesk.caseflow.CaseRepository;
import com.exitdesk.caseflow.CaseService;
import com.exitdesk.caseflow.ClientAnswers;
import com.exitdesk.caseflow.ProcessConstants.UserTasks;
import com.exitdesk.caseflow.RelationshipCase;
import com.exitdesk.client.Client;
import com.exitdesk.client.ClientDeliverables;
import com.exitdesk.client.ClientLedger;
import com.exitdesk.client.ClientService;
import com.exitdesk.client.ClientService.ContractTerms;
import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.inbox.TaskActions;
import com.exitdesk.incident.IncidentService;
import com.exitdesk.incident.IncidentService.IncidentReport;
import com.exitdesk.incident.IncidentService.Reported;
import com.exitdesk.incident.Severity;
import com.exitdesk.incident.WarningSign;
import com.exitdesk.messaging.MessageKind;
import com.exitdesk.messaging.Outbox;
import com.exitdesk.messaging.OutboxMessage;
import com.exitdesk.shared.CurrentUser;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the in-process engine (a free port each run), with H2 and no demo data.
 * Every test builds its own clients, so tests share one Spring context and one engine. The engine's
 * clock is moved forward to fire timers; it never goes back.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
public abstract class ProcessTestSupport {

  protected static final CurrentUser OLIVIA = new CurrentUser("olivia", Set.of("OPS"));
  protected static final CurrentUser OMAR = new CurrentUser("omar", Set.of("OPS"));
  protected static final CurrentUser MARIA = new CurrentUser("maria", Set.of("MANAGER", "OPS"));
  protected static final CurrentUser MATEO = new CurrentUser("mateo", Set.of("MANAGER", "OPS"));

  protected static final Duration WAIT = Duration.ofSeconds(20);
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  @Autowired protected ClientService clients;
  @Autowired protected ClientLedger clientLedger;
  @Autowired protected ClientDeliverables clientDeliverables;
  @Autowired protected IncidentService incidents;
  @Autowired protected CaseService cases;
  @Autowired protected ClientAnswers answers;
  @Autowired protected CaseRepository caseRepository;
  @Autowired protected InboxService inbox;
  @Autowired protected TaskActions taskActions;
  @Autowired protected Outbox outbox;
  @Autowired protected ZeebeTestEngine engine;

  protected LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** A client with a contract ending in {@code monthsToEnd} and a ledger of the last 3 months. */
  protected Client client(int monthsToEnd, String monthlyRevenue, String monthlyCost) {
    int n = CLIENTS.incrementAndGet();
    return client(
        "Client " + n,
        "client" + n + "@test.example",
        "en",
        monthsToEnd,
        monthlyRevenue,
        monthlyCost);
  }

  protected Client client(
      String name,
      String email,
      String language,
      int monthsToEnd,
      String monthlyRevenue,
      String monthlyCost) {
    Client client = clients.create(name, email, language, "test");
    clients.putContract(
        client.getId(),
        new ContractTerms(
            today().minusMonths(12),
            today().plusMonths(monthsToEnd).plusDays(15),
            new BigDecimal(monthlyRevenue),
            "EUR",
            30,
            new BigDecimal("1000.00"),
            "Clause 9: 30 days' written notice",
            "Original scope"),
        "test");
    for (int back = 3; back >= 1; back--) {
      clientLedger.addLedgerEntry(
          client.getId(),
          YearMonth.from(today()).minusMonths(back).toString(),
          new BigDecimal(monthlyRevenue),
          new BigDecimal(monthlyCost),
          new BigDecimal("20"),
          "test");
    }
    return client;
  }

  protected static int nextNumber() {
    return CLIENTS.incrementAndGet();
  }

  protected Client profitableClient() {
    return client(12, "3000.00", "1500.00");
  }

  protected long deliverable(Client client, String title) {
    return clientDeliverables
        .addDeliverable(client.getId(), title, today().plusWeeks(2), "test")
        .getId();
  }

  protected Reported strike(Client client, WarningSign sign) {
    return incidents.report(
        client.getId(),
        new IncidentReport(null, sign, Severity.MEDIUM, "Observed " + sign, today().minusDays(1)),
        "olivia");
  }

  /** Three strikes: the third opens the case. */
  protected long caseFromThreeStrikes(Client client) {
    strike(client, WarningSign.EXPECTATIONS_MISMATCH);
    strike(client, WarningSign.REJECTS_RECOMMENDATIONS);
    Reported third = strike(client, WarningSign.TAKES_MORE_TIME_THAN_WORTH);
    assertThat(third.openedCaseId()).as("the third strike opens a case").isNotNull();
    return third.openedCaseId();
  }

  protected RelationshipCase caseOf(long caseId) {
    return caseRepository.findById(caseId).orElseThrow();
  }

  protected RelationshipCase awaitCase(long caseId, Predicate<RelationshipCase> condition) {
    return await()
        .atMost(WAIT)
        .until(() -> caseRepository.findById(caseId).orElseThrow(), condition);
  }

  protected RelationshipCase awaitPhase(long caseId, CasePhase phase) {
    return awaitCase(caseId, c -> c.getPhase() == phase);
  }

  protected InboxTask awaitTask(long caseId, String elementId) {
    return awaitTasks(caseId, elementId, 1).get(0);
  }

  protected List<InboxTask> awaitTasks(long caseId, String elementId, int count) {
    return await()
        .atMost(WAIT)
        .until(() -> openTasks(caseId, elementId), tasks -> tasks.size() == count);
  }

  protected List<InboxTask> openTasks(long caseId, String elementId) {
    return inbox.openTasksOfCase(caseId).stream()
        .filter(t -> t.getElementId().equals(elementId))
        .toList();
  }

  /**
   * A person submits the task and the engine takes it: returns once the submission left {@code
   * COMPLETING}, so the next step of a test sees the process move on from it.
   */
  protected InboxTask complete(InboxTask task, CurrentUser user, Map<String, Object> variables) {
    taskActions.complete(task.getId(), user, new HashMap<>(variables));
    return awaitSubmissionSettled(task.getId(), user);
  }

  /** The task once the engine has taken or refused its submission. */
  protected InboxTask awaitSubmissionSettled(long taskId, CurrentUser user) {
    return await()
        .atMost(WAIT)
        .until(
            () -> taskActions.details(taskId, user).task(),
            t -> t.getStatus() != com.exitdesk.inbox.InboxTaskStatus.COMPLETING);
  }

  protected OutboxMessage awaitMessage(long caseId, MessageKind kind) {
    return await().atMost(WAIT).until(() -> messages(caseId, kind), list -> !list.isEmpty()).get(0);
  }

  protected List<OutboxMessage> messages(long caseId, MessageKind kind) {
    return outbox.forCase(caseId).stream().filter(m -> m.getKind() == kind).toList();
  }

  /** True when the case's process waits on a timer of that element (created, not yet fired). */
  protected boolean timerActive(long caseId, String elementId) {
    long processInstanceKey = caseOf(caseId).getProcessInstanceKey();
    Set<Long> created = new HashSet<>();
    Set<Long> ended = new HashSet<>();
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getValueType() != ValueType.TIMER) {
        continue;
      }
      TimerRecordValue timer = (TimerRecordValue) record.getValue();
      if (timer.getProcessInstanceKey() != processInstanceKey
          || !elementId.equals(timer.getTargetElementId())) {
        continue;
      }
      if (record.getIntent() == TimerIntent.CREATED) {
        created.add(record.getKey());
      } else if (record.getIntent() == TimerIntent.TRIGGERED
          || record.getIntent() == TimerIntent.CANCELED) {
        ended.add(record.getKey());
      }
    }
    created.removeAll(ended);
    return !created.isEmpty();
  }

  protected void awaitTimer(long caseId, String elementId) {
    await().atMost(WAIT).until(() -> timerActive(caseId, elementId));
  }

  /**
   * A case decided for a repair, its new terms being drafted: nothing moves it on until the draft
   * is submitted, so a test may run the next steps on it by hand.
   */
  protected long caseDraftingNewTerms(Client client) {
    long caseId = caseFromThreeStrikes(client);
    complete(
        awaitTask(caseId, UserTasks.REVIEW_CONTRACT), OLIVIA, TaskForms.contractReview("REPAIR"));
    awaitTask(caseId, UserTasks.DRAFT_NEW_TERMS);
    return caseId;
  }

  /** A case decided for exit, approved and planned, waiting out its cooling-off on the timer. */
  protected long caseInCoolingOff(Client client) {
    long caseId = caseFromThreeStrikes(client);
    complete(
        awaitTask(caseId, UserTasks.REVIEW_CONTRACT), OLIVIA, TaskForms.contractReview("EXIT"));
    complete(awaitTask(caseId, UserTasks.APPROVE_TERMINATION), MARIA, TaskForms.approve());
    complete(awaitTask(caseId, UserTasks.PLAN_TRANSITION), OLIVIA, TaskForms.transitionPlan());
    awaitPhase(caseId, CasePhase.COOLING_OFF);
    awaitTimer(caseId, "timer_cooling_off_elapsed");
    return caseId;
  }

  protected void moveClock(Duration duration) {
    engine.increaseTime(duration);
  }
}
