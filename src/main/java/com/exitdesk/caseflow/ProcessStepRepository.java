package com.exitdesk.caseflow;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessStepRepository extends JpaRepository<ProcessStep, Long> {}
