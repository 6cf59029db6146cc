package com.exitdesk.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.exitdesk.caseflow.ProcessConstants.JobTypes;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.File;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The phases {@link CasePhase} declares agree with the process model: every declared move has a
 * path in bpmn/repair-or-exit.bpmn from a step that leaves the case in the one phase to a step that
 * moves it to the other, and every path from one phase-moving step to the next is a move the table
 * allows. The steps are told apart by their job types, so a new service task has to say whether it
 * moves the phase.
 */
class CasePhaseModelTest {

  /** The phases a case can be in once a step of each job type is done. */
  private static final Map<String, Set<CasePhase>> MOVING =
      Map.of(
          JobTypes.COLLECT_EVIDENCE, EnumSet.of(CasePhase.ASSESSMENT),
          // A MONITOR recommendation leaves the case in its assessment until it closes.
          JobTypes.RECORD_ASSESSMENT, EnumSet.of(CasePhase.ASSESSMENT, CasePhase.CONTRACT_REVIEW),
          JobTypes.RECORD_CONTRACT_REVIEW,
              EnumSet.of(CasePhase.DRAFTING_TERMS, CasePhase.AWAITING_APPROVAL),
          JobTypes.SEND_PROPOSAL, EnumSet.of(CasePhase.AWAITING_CLIENT_ANSWER),
          JobTypes.APPLY_NEW_TERMS, EnumSet.of(CasePhase.PROBATION),
          // A manager who keeps the client leaves the case awaiting approval until it closes.
          JobTypes.RECORD_APPROVAL,
              EnumSet.of(
                  CasePhase.WINDING_DOWN, CasePhase.DRAFTING_TERMS, CasePhase.AWAITING_APPROVAL),
          JobTypes.START_COOLING_OFF, EnumSet.of(CasePhase.COOLING_OFF),
          JobTypes.SEND_TERMINATION_NOTICE, EnumSet.of(CasePhase.AWAITING_EXIT_DATE),
          JobTypes.CLOSE_CLIENT, EnumSet.of(CasePhase.RETROSPECTIVE),
          JobTypes.CLOSE_CASE, EnumSet.of(CasePhase.CLOSED));

  /** Job types whose steps leave the phase as it is; {@link #MOVING} adds the failed repair. */
  private static final Set<String> KEEPING =
      Set.of(
          JobTypes.SEND_PROPOSAL_REMINDER,
          JobTypes.REMIND_MANAGERS,
          JobTypes.RECORD_DELIVERABLE_DONE,
          JobTypes.RECORD_TRANSITION_PLAN,
          JobTypes.ISSUE_REFUND,
          JobTypes.RECORD_CHECK_IN,
          JobTypes.LOG_CHECK_IN_STRIKE,
          JobTypes.REMIND_CHECK_IN);

  private static BpmnModelInstance model;

  /** Each element whose step sets the phase, with the phases the case can be in after it. */
  private static Map<FlowNode, Set<CasePhase>> setters;

  private static Map<FlowNode, List<FlowNode>> successors;

  @BeforeAll
  static void readModel() {
    model = Bpmn.readModelFromFile(new File("bpmn/repair-or-exit.bpmn"));
    setters = new LinkedHashMap<>();
    // A new case starts in its assessment before the process does.
    setters.put(
        model.getModelElementById(CaseProgress.Elements.CASE_OPENED),
        EnumSet.of(CasePhase.ASSESSMENT));
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String type = task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
      if (type.equals(JobTypes.RECORD_FAILED_REPAIR)) {
        setters.put(task, EnumSet.of(FailedRepair.valueOf(failureOf(task)).phaseAfter()));
      } else if (MOVING.containsKey(type)) {
        setters.put(task, MOVING.get(type));
      }
    }
    successors = successors();
  }

  @Test
  void everyServiceTaskSaysWhetherItMovesThePhase() {
    Set<String> inModel = new HashSet<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String type = task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
      inModel.add(type);
      assertThat(MOVING.containsKey(type) || KEEPING.contains(type) || isFailedRepair(type))
          .as("%s (%s) is listed as moving or keeping the phase", task.getId(), type)
          .isTrue();
    }
    assertThat(inModel).containsAll(MOVING.keySet()).contains(JobTypes.RECORD_FAILED_REPAIR);
  }

  @Test
  void everyDeclaredMoveHasAPathInTheModel() {
    List<String> missing = new ArrayList<>();
    for (CasePhase from : CasePhase.values()) {
      for (CasePhase to : from.next()) {
        if (!modelMoves(from, to)) {
          missing.add(from + " -> " + to);
        }
      }
    }
    assertThat(missing).as("declared moves no path of the model takes").isEmpty();
  }

  @Test
  void everyPathOfTheModelIsADeclaredMove() {
    List<String> undeclared = new ArrayList<>();
    setters.forEach(
        (from, before) -> {
          for (FlowNode to : nextSetters(from)) {
            Set<CasePhase> after = setters.get(to);
            boolean allowed = before.stream().anyMatch(p -> after.stream().allMatch(p::canMoveTo));
            if (!allowed) {
              undeclared.add(from.getId() + " " + before + " -> " + to.getId() + " " + after);
            }
          }
        });
    assertThat(undeclared).as("paths of the model that CasePhase does not allow").isEmpty();
  }

  @Test
  void everyPhaseButClosedIsReachedByTheModel() {
    Set<CasePhase> reached = EnumSet.noneOf(CasePhase.class);
    setters.values().forEach(reached::addAll);
    assertThat(reached).containsExactlyInAnyOrder(CasePhase.values());
  }

  @Test
  void aMoveOutsideTheTableIsRefusedAndChangesNothing() {
    RelationshipCase c = new RelationshipCase(1L, "Unpaid invoices", "olivia", Instant.EPOCH);

    assertThatThrownBy(() -> c.moveTo(CasePhase.WINDING_DOWN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ASSESSMENT cannot move to WINDING_DOWN")
        .hasMessageContaining("[CONTRACT_REVIEW, CLOSED]");
    assertThat(c.getPhase()).isEqualTo(CasePhase.ASSESSMENT);
  }

  @Test
  void aRedeliveredStepMayRepeatItsMove() {
    RelationshipCase c = new RelationshipCase(1L, "Unpaid invoices", "olivia", Instant.EPOCH);
    c.moveTo(CasePhase.CONTRACT_REVIEW);

    c.moveTo(CasePhase.CONTRACT_REVIEW);

    assertThat(c.getPhase()).isEqualTo(CasePhase.CONTRACT_REVIEW);
  }

  @Test
  void anOpenCaseClosesFromAnyPhaseAndAClosedOneMovesNoMore() {
    for (CasePhase phase : CasePhase.values()) {
      assertThat(phase.canMoveTo(CasePhase.CLOSED)).as("%s may close", phase).isTrue();
    }
    RelationshipCase c = new RelationshipCase(1L, "Unpaid invoices", "olivia", Instant.EPOCH);
    c.close(CaseStatus.CANCELLED, "Cancelled", Instant.EPOCH);

    assertThatThrownBy(() -> c.moveTo(CasePhase.ASSESSMENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("moves only to no other phase");
    assertThat(c.getPhase()).isEqualTo(CasePhase.CLOSED);
  }

  /** Whether a step that can leave the case in {@code from} is followed by one moving it on. */
  private static boolean modelMoves(CasePhase from, CasePhase to) {
    for (Map.Entry<FlowNode, Set<CasePhase>> setter : setters.entrySet()) {
      if (setter.getValue().contains(from)) {
        for (FlowNode next : nextSetters(setter.getKey())) {
          if (setters.get(next).contains(to)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The phase-setting elements a token reaches from {@code start} without passing another. */
  private static Set<FlowNode> nextSetters(FlowNode start) {
    Set<FlowNode> found = new HashSet<>();
    Set<FlowNode> seen = new HashSet<>();
    Deque<FlowNode> open = new ArrayDeque<>(successors.get(start));
    while (!open.isEmpty()) {
      FlowNode node = open.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (setters.containsKey(node)) {
        found.add(node);
      } else {
        open.addAll(successors.get(node));
      }
    }
    return found;
  }

  /**
   * Where a token goes from each element: along its sequence flows, into the boundary events
   * attached to it, and from a sub-process into its start events (its event sub-processes' too).
   */
  private static Map<FlowNode, List<FlowNode>> successors() {
    Map<FlowNode, List<FlowNode>> next = new HashMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      next.put(node, new ArrayList<>());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      next.get(flow.getSource()).add(flow.getTarget());
    }
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      next.get(event.getAttachedTo()).add(event);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getParentElement() instanceof SubProcess parent) {
        SubProcess entered =
            parent.triggeredByEvent() && parent.getParentElement() instanceof SubProcess outer
                ? outer
                : parent;
        next.get(entered).add(start);
      }
    }
    return next;
  }

  private static boolean isFailedRepair(String type) {
    return type.equals(JobTypes.RECORD_FAILED_REPAIR);
  }

  private static String failureOf(ServiceTask task) {
    ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
    assertThat(headers).as("%s names its failure", task.getId()).isNotNull();
    return headers.getHeaders().stream()
        .filter(h -> h.getKey().equals(ProcessConstants.Headers.FAILURE))
        .map(ZeebeHeader::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError(task.getId() + " names no failure"));
  }
}
