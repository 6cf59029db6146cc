package com.exitdesk.caseflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CaseRepository extends JpaRepository<RelationshipCase, Long> {

  Optional<RelationshipCase> findFirstByClientIdAndStatus(Long clientId, CaseStatus status);

  List<RelationshipCase> findByClientIdOrderByIdAsc(Long clientId);

  List<RelationshipCase> findAllByOrderByIdDesc();

  List<RelationshipCase> findByStatusOrderByIdDesc(CaseStatus status);

  long countByStatus(CaseStatus status);

  boolean existsByIdAndStatus(Long id, CaseStatus status);

  /**
   * Records the process instance without touching the version: the first worker may already be
   * updating the case, and both changes must stand.
   */
  @Modifying
  @Query("update RelationshipCase c set c.processInstanceKey = :key where c.id = :id")
  int setProcessInstanceKey(long id, long key);
}
