package com.exitdesk.messaging;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param senderName who signs the messages to clients
 * @param fromAddress the address messages are sent from
 * @param managersAddress where reminders about waiting approvals go
 * @param staffLanguage the language of messages to staff
 * @param timeZone the zone in which dates in messages are written
 */
@Validated
@ConfigurationProperties("exitdesk.messages")
public record MessagingProperties(
    @DefaultValue("The Exit Desk team") @NotBlank String senderName,
    @DefaultValue("exit-desk@exitdesk.example") @Email @NotBlank String fromAddress,
    @DefaultValue("managers@exitdesk.example") @Email @NotBlank String managersAddress,
    @DefaultValue("en") @NotBlank String staffLanguage,
    @DefaultValue("UTC") @NotBlank String timeZone) {}
