package com.exitdesk.client;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param ledgerMonths how many recent months of the ledger judge profitability
 */
@Validated
@ConfigurationProperties("exitdesk.evidence")
public record ProfitabilityProperties(@DefaultValue("6") @Min(1) int ledgerMonths) {}
