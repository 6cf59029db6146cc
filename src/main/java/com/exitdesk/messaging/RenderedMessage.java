package com.exitdesk.messaging;

public record RenderedMessage(String subject, String bodyText) {}
