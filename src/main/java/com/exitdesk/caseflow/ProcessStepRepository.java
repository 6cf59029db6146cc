package com.exitdesk.caseflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProcessStepRepository extends JpaRepository<ProcessStep, Long> {

  @Query("select s from ProcessStep s where s.caseId = :caseId")
  List<ProcessStep> findByCaseId(Long caseId);
}
