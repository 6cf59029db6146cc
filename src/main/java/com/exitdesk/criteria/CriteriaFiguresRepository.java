package com.exitdesk.criteria;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The history a criteria review looks at: the cases that ended in the period (closed with an
 * outcome, between {@code from} inclusive and {@code to} exclusive) and the incidents each one
 * reviewed. Cancelled cases are left out: an operator closed them, nothing was decided.
 */
interface CriteriaFiguresRepository extends Repository<CriteriaReview, Long> {

  String ENDED_IN_PERIOD =
      " c.status in (com.exitdesk.caseflow.CaseStatus.REPAIRED,"
          + " com.exitdesk.caseflow.CaseStatus.EXITED, com.exitdesk.caseflow.CaseStatus.RETAINED,"
          + " com.exitdesk.caseflow.CaseStatus.WITHDRAWN)"
          + " and c.closedAt >= :from and c.closedAt < :to";

  /** Rows of outcome and case count. */
  @Query(
      "select c.status, count(c) from RelationshipCase c where"
          + ENDED_IN_PERIOD
          + " group by c.status")
  List<Object[]> casesByOutcome(@Param("from") Instant from, @Param("to") Instant to);

  /** Rows of outcome, opened at and closed at: how long each case took. */
  @Query("select c.status, c.openedAt, c.closedAt from RelationshipCase c where" + ENDED_IN_PERIOD)
  List<Object[]> durations(@Param("from") Instant from, @Param("to") Instant to);

  /** Rows of outcome, warning sign and incident count. */
  @Query(
      "select c.status, i.sign, count(i) from Incident i join RelationshipCase c on c.id = i.caseId"
          + " where"
          + ENDED_IN_PERIOD
          + " group by c.status, i.sign")
  List<Object[]> signsByOutcome(@Param("from") Instant from, @Param("to") Instant to);

  /** Rows of outcome, area and incident count. */
  @Query(
      "select c.status, i.area, count(i) from Incident i join RelationshipCase c on c.id = i.caseId"
          + " where"
          + ENDED_IN_PERIOD
          + " group by c.status, i.area")
  List<Object[]> areasByOutcome(@Param("from") Instant from, @Param("to") Instant to);

  /** The retrospectives' missed signs, one comma-separated list per case. */
  @Query(
      "select c.retrospective.missedSignNames from RelationshipCase c where"
          + ENDED_IN_PERIOD
          + " and c.retrospective.missedSignNames is not null")
  List<String> missedSigns(@Param("from") Instant from, @Param("to") Instant to);

  /** Rows of case id, client name, proposed change, written by: oldest first. */
  @Query(
      "select c.id, cl.name, c.retrospective.criteriaChange, c.retrospective.writtenBy from RelationshipCase c"
          + " join Client cl on cl.id = c.clientId where"
          + ENDED_IN_PERIOD
          + " and c.retrospective.criteriaChange is not null and c.retrospective.criteriaChange <> ''"
          + " order by c.closedAt, c.id")
  List<Object[]> proposedChanges(@Param("from") Instant from, @Param("to") Instant to);

  /** Rows of case id, client name, outcome and failed repairs: oldest first. */
  @Query(
      "select c.id, cl.name, c.status, c.failedRepairs from RelationshipCase c"
          + " join Client cl on cl.id = c.clientId where"
          + ENDED_IN_PERIOD
          + " and c.failedRepairs > 0 order by c.closedAt, c.id")
  List<Object[]> failedRepairs(@Param("from") Instant from, @Param("to") Instant to);

  /** Rows of the rule that gave the recommendation (null when none was recorded) and case count. */
  @Query(
      "select c.assessment.matchedRule, count(c) from RelationshipCase c where"
          + ENDED_IN_PERIOD
          + " group by c.assessment.matchedRule")
  List<Object[]> casesByRule(@Param("from") Instant from, @Param("to") Instant to);

  /** Rows of case id, client name, outcome, recommendation and matched rule: newest first. */
  @Query(
      "select c.id, cl.name, c.status, c.assessment.recommendation, c.assessment.matchedRule from RelationshipCase c"
          + " join Client cl on cl.id = c.clientId where"
          + ENDED_IN_PERIOD
          + " order by c.closedAt desc, c.id desc")
  List<Object[]> rulesOfCases(
      @Param("from") Instant from, @Param("to") Instant to, Pageable newestFirst);

  /**
   * Rows of client id, client name and strike count: every incident is a strike, counted when it
   * was logged (so back-to-back periods count each once), whether a case reviewed it or not.
   */
  @Query(
      "select i.clientId, cl.name, count(i) from Incident i join Client cl on cl.id = i.clientId"
          + " where i.createdAt >= :from and i.createdAt < :to"
          + " group by i.clientId, cl.name")
  List<Object[]> strikesByClient(@Param("from") Instant from, @Param("to") Instant to);

  /** Rows of client id, client name, revenue and cost over the ledger months, both included. */
  @Query(
      "select l.clientId, cl.name, sum(l.revenue), sum(l.cost) from LedgerEntry l"
          + " join Client cl on cl.id = l.clientId"
          + " where l.month >= :fromMonth and l.month <= :toMonth"
          + " group by l.clientId, cl.name")
  List<Object[]> ledgerByClient(
      @Param("fromMonth") String fromMonth, @Param("toMonth") String toMonth);

  /** When the first case was opened: the start of the first review's period. */
  @Query("select min(c.openedAt) from RelationshipCase c")
  Instant firstCaseOpenedAt();
}
