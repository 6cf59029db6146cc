package com.exitdesk.caseflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessStepRepository extends JpaRepository<ProcessStep, Long> {

  List<ProcessStep> findByCaseId(Long caseId);
}
