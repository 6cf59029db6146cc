package com.exitdesk.messaging;

/**
 * A message ready to send.
 *
 * @param letterHtml the formal letter, for kinds that attach one as a PDF; otherwise null
 */
public record RenderedMessage(
    String subject, String bodyText, String bodyHtml, String letterHtml) {}
