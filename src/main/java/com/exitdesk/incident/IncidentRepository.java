package com.exitdesk.incident;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

  List<Incident> findByClientIdOrderByOccurredOnAscIdAsc(Long clientId);

  List<Incident> findByCaseIdOrderByOccurredOnAscIdAsc(Long caseId);

  List<Incident>
      findByClientIdAndCaseIdIsNullAndOccurredOnGreaterThanEqualOrderByOccurredOnAscIdAsc(
          Long clientId, LocalDate from);
}
