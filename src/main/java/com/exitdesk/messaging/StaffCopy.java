package com.exitdesk.messaging;

import java.util.regex.Pattern;

/**
 * What staff see of a message sent to a client: everything but the client's answer link, whose
 * signed token lets whoever holds it answer as the client. Staff who take a client's answer by
 * phone record it under their own name instead ({@code POST /api/cases/{id}/client-response}).
 */
public final class StaffCopy {

  /** The token of an answer link: base64url payload, a dot, base64url signature. */
  private static final Pattern ANSWER_TOKEN =
      Pattern.compile("(answer\\.html#)[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  public static final String WITHHELD = "link-sent-to-the-client-only";

  public static String of(String body) {
    return body == null ? null : ANSWER_TOKEN.matcher(body).replaceAll("$1" + WITHHELD);
  }

  private StaffCopy() {}
}
