package com.exitdesk.caseflow;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** What bpmn/complete-deliverable.form submits: a delivery is recorded once it happened. */
record CompleteDeliverableSubmission(
    @PastOrPresent(message = "must not be in the future") LocalDate deliveredOn) {}
