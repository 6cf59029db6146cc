package com.exitdesk.caseflow;

import java.math.BigDecimal;

/** A new deal with new boundaries, as drafted in {@code task_draft_new_terms}. */
public record NewTerms(
    String scope,
    String boundaries,
    String communicationChannel,
    String checkInCadence,
    BigDecimal monthlyFee) {}
