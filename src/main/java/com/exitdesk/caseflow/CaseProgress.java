package com.exitdesk.caseflow;

import com.exitdesk.inbox.InboxService;
import com.exitdesk.inbox.InboxTask;
import com.exitdesk.inbox.InboxTaskStatus;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which elements of the diagram a case has passed and where it stands now, from the steps its
 * workers recorded, its tasks, and its phase (for the waits no worker marks).
 */
@Component
class CaseProgress {

  private final CaseService cases;
  private final ProcessStepRepository steps;
  private final InboxService inbox;

  CaseProgress(CaseService cases, ProcessStepRepository steps, InboxService inbox) {
    this.cases = cases;
    this.steps = steps;
    this.inbox = inbox;
  }

  @Transactional(readOnly = true)
  Progress of(long caseId) {
    RelationshipCase c = cases.find(caseId);
    Set<String> completed = new LinkedHashSet<>();
    Set<String> current = new LinkedHashSet<>();
    Set<String> open = new LinkedHashSet<>();
    completed.add(Elements.CASE_OPENED);
    for (ProcessStep step : steps.findByCaseId(caseId)) {
      if (step.getElementId() != null) {
        completed.add(step.getElementId());
      }
    }
    for (InboxTask task : inbox.tasksOfCase(caseId)) {
      if (task.getStatus() == InboxTaskStatus.COMPLETED) {
        completed.add(task.getElementId());
      } else if (task.getStatus() == InboxTaskStatus.OPEN
          || task.getStatus() == InboxTaskStatus.COMPLETING) {
        open.add(task.getElementId());
      }
    }
    if (c.getAssessment().recommendation() != null) {
      completed.add(Elements.ASSESS_RELATIONSHIP);
    }
    switch (c.getPhase()) {
      case AWAITING_CLIENT_ANSWER -> current.add(Elements.WAIT_CLIENT_ANSWER);
      case PROBATION ->
          current.addAll(java.util.List.of(Elements.PROBATION, Elements.PROBATION_CLEAN));
      case COOLING_OFF -> current.add(Elements.COOLING_OFF);
      case AWAITING_EXIT_DATE -> current.add(Elements.EXIT_DATE_REACHED);
      case CLOSED -> completed.add(endEventOf(c));
      default -> {}
    }
    current.removeAll(completed);
    // An open task is current even when an earlier one of the same element (a check-in, a
    // deliverable) is done.
    current.addAll(open);
    return new Progress(completed, current);
  }

  private static String endEventOf(RelationshipCase c) {
    return switch (c.getStatus()) {
      case REPAIRED -> Elements.REPAIRED;
      case EXITED -> Elements.EXITED;
      case WITHDRAWN -> Elements.WITHDRAWN;
      case RETAINED ->
          c.getApproval().decision() == ApprovalDecision.REJECT
              ? Elements.KEPT_BY_MANAGER
              : Elements.RETAINED;
      case OPEN, CANCELLED -> Elements.CASE_OPENED;
    };
  }

  record Progress(Set<String> completed, Set<String> current) {}

  /**
   * The elements of bpmn/repair-or-exit.bpmn that the progress marks by itself (the others come
   * from recorded steps and tasks); CaseProgressElementsTest fails when the model loses one.
   */
  static final class Elements {
    static final String CASE_OPENED = "start_event_case_opened";
    static final String ASSESS_RELATIONSHIP = "task_assess_relationship";
    static final String WAIT_CLIENT_ANSWER = "task_wait_client_answer";
    static final String PROBATION = "subprocess_probation";
    static final String PROBATION_CLEAN = "timer_probation_clean";
    static final String COOLING_OFF = "gateway_cooling_off";
    static final String EXIT_DATE_REACHED = "timer_exit_date_reached";
    static final String REPAIRED = "end_event_client_repaired";
    static final String EXITED = "end_event_client_exited";
    static final String WITHDRAWN = "end_event_exit_withdrawn";
    static final String KEPT_BY_MANAGER = "end_event_client_kept_by_manager";
    static final String RETAINED = "end_event_client_retained";

    private Elements() {}
  }
}
