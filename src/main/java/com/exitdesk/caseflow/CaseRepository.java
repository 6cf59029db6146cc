package com.exitdesk.caseflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CaseRepository extends JpaRepository<RelationshipCase, Long> {

  @Query(
      "select c from RelationshipCase c where c.clientId = :clientId and c.status = :status"
          + " order by c.id limit 1")
  Optional<RelationshipCase> findFirstByClientIdAndStatus(Long clientId, CaseStatus status);

  @Query("select c from RelationshipCase c where c.clientId = :clientId order by c.id")
  List<RelationshipCase> findByClientIdOrderByIdAsc(Long clientId);

  @Query("select c from RelationshipCase c order by c.id desc")
  List<RelationshipCase> findAllByOrderByIdDesc();

  @Query("select c from RelationshipCase c where c.status = :status order by c.id desc")
  List<RelationshipCase> findByStatusOrderByIdDesc(CaseStatus status);

  @Query("select count(c) from RelationshipCase c where c.status = :status")
  long countByStatus(CaseStatus status);

  @Query("select count(c) > 0 from RelationshipCase c where c.id = :id and c.status = :status")
  boolean existsByIdAndStatus(Long id, CaseStatus status);

  /**
   * Records the process instance without touching the version: the first worker may already be
   * updating the case, and both changes must stand.
   */
  @Modifying
  @Query("update RelationshipCase c set c.processInstanceKey = :key where c.id = :id")
  int setProcessInstanceKey(long id, long key);
}
