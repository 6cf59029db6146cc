package com.exitdesk.caseflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRepository extends JpaRepository<RelationshipCase, Long> {

  Optional<RelationshipCase> findFirstByClientIdAndStatus(Long clientId, CaseStatus status);

  List<RelationshipCase> findByClientIdOrderByIdAsc(Long clientId);

  List<RelationshipCase> findAllByOrderByIdDesc();

  List<RelationshipCase> findByStatusOrderByIdDesc(CaseStatus status);
}
