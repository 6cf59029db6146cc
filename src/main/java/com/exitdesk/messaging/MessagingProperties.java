package com.exitdesk.messaging;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param senderName who signs the messages to clients
 * @param managersAddress where reminders about waiting approvals go
 */
@Validated
@ConfigurationProperties("exitdesk.messages")
public record MessagingProperties(
    @DefaultValue("The Exit Desk team") @NotBlank String senderName,
    @DefaultValue("managers@exitdesk.example") @Email @NotBlank String managersAddress) {}
