package com.exitdesk.caseflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

  @Query("select p from Proposal p where p.elementInstanceKey = :elementInstanceKey")
  Optional<Proposal> findByElementInstanceKey(Long elementInstanceKey);

  @Query("select p from Proposal p where p.caseId = :caseId order by p.id desc limit 1")
  Optional<Proposal> findFirstByCaseIdOrderByIdDesc(Long caseId);

  @Query("select p from Proposal p where p.caseId = :caseId order by p.id")
  List<Proposal> findByCaseIdOrderByIdAsc(Long caseId);

  List<Proposal> findByCaseIdInAndStatusOrderByIdAsc(
      Collection<Long> caseIds, ProposalStatus status);
}
