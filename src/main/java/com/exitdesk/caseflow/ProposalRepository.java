package com.exitdesk.caseflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

  Optional<Proposal> findByElementInstanceKey(Long elementInstanceKey);

  Optional<Proposal> findFirstByCaseIdOrderByIdDesc(Long caseId);

  List<Proposal> findByCaseIdOrderByIdAsc(Long caseId);

  List<Proposal> findByCaseIdInAndStatusOrderByIdAsc(
      Collection<Long> caseIds, ProposalStatus status);
}
