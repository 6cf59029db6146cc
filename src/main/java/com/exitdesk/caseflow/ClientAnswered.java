package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The message with the client's answer to the new terms. The approving manager sees when and how
 * the answer came: from the client through the link, or recorded by a colleague after a call or an
 * email.
 *
 * @param clientAnsweredAt the instant, as ISO-8601 text
 * @param clientAnswerRecordedBy the colleague who recorded it; null when it came through the link
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ClientAnswered(
    boolean clientAccepted,
    String clientComment,
    String clientAnsweredAt,
    String clientAnswerRecordedBy)
    implements ProcessVariables {}
