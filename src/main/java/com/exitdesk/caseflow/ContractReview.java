package com.exitdesk.caseflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the contract review established, as submitted with {@code task_review_contract}. */
record ContractReview(
    boolean canTerminateLegally,
    String terminationClause,
    LocalDate exitDate,
    int noticePeriodDays,
    BigDecimal earlyTerminationFee,
    BigDecimal refundAmount,
    String decision,
    String justification,
    String reviewedBy) {}
