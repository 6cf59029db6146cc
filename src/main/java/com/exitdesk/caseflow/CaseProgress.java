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
    completed.add("start_event_case_opened");
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
    if (c.getRecommendation() != null) {
      completed.add("task_assess_relationship");
    }
    switch (c.getPhase()) {
      case AWAITING_CLIENT_ANSWER -> current.add("task_wait_client_answer");
      case PROBATION ->
          current.addAll(java.util.List.of("subprocess_probation", "timer_probation_clean"));
      case COOLING_OFF -> current.add("gateway_cooling_off");
      case AWAITING_EXIT_DATE -> current.add("timer_exit_date_reached");
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
      case REPAIRED -> "end_event_client_repaired";
      case EXITED -> "end_event_client_exited";
      case WITHDRAWN -> "end_event_exit_withdrawn";
      case RETAINED ->
          "REJECT".equals(c.getApprovalDecision())
              ? "end_event_client_kept_by_manager"
              : "end_event_client_retained";
      case OPEN, CANCELLED -> "start_event_case_opened";
    };
  }

  record Progress(Set<String> completed, Set<String> current) {}
}
