package com.exitdesk.caseflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a case to the phase a step run by hand expects, along the moves {@link CasePhase} allows,
 * as its process would have. Only for a case whose process waits on a task that nothing completes,
 * so no step of the engine moves it meanwhile.
 */
final class CasePhases {

  private CasePhases() {}

  static void walk(CaseRepository cases, long caseId, CasePhase target) {
    RelationshipCase c = cases.findById(caseId).orElseThrow();
    for (CasePhase phase : path(c.getPhase(), target)) {
      c.moveTo(phase);
    }
    cases.save(c);
  }

  /** The shortest run of allowed moves from one phase to another, without the first. */
  static List<CasePhase> path(CasePhase from, CasePhase to) {
    Map<CasePhase, CasePhase> cameFrom = new EnumMap<>(CasePhase.class);
    Deque<CasePhase> open = new ArrayDeque<>(List.of(from));
    while (!open.isEmpty() && !cameFrom.containsKey(to) && from != to) {
      CasePhase phase = open.pop();
      for (CasePhase next : phase.next()) {
        if (next != from && cameFrom.putIfAbsent(next, phase) == null) {
          open.add(next);
        }
      }
    }
    List<CasePhase> path = new ArrayList<>();
    for (CasePhase at = to; at != from; at = cameFrom.get(at)) {
      if (at == null) {
        throw new IllegalArgumentException("No moves lead from " + from + " to " + to);
      }
      path.addFirst(at);
    }
    return path;
  }
}
