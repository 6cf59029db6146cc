package com.exitdesk.incident;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

  @Query("select i from Incident i where i.clientId = :clientId order by i.occurredOn, i.id")
  List<Incident> findByClientIdOrderByOccurredOnAscIdAsc(Long clientId);

  @Query("select i from Incident i where i.caseId = :caseId order by i.occurredOn, i.id")
  List<Incident> findByCaseIdOrderByOccurredOnAscIdAsc(Long caseId);

  @Query(
      "select i from Incident i where i.clientId = :clientId and i.caseId is null"
          + " and i.occurredOn >= :from order by i.occurredOn, i.id")
  List<Incident>
      findByClientIdAndCaseIdIsNullAndOccurredOnGreaterThanEqualOrderByOccurredOnAscIdAsc(
          Long clientId, LocalDate from);
}
