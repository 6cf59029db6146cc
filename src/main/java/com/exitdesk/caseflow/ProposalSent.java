package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;

/**
 * The proposal of new terms that went to the client: its reminder and the terms put in force find
 * it by its id.
 *
 * @param proposalDeadline the instant the client's answer is due, as ISO-8601 text
 */
record ProposalSent(long proposalId, String proposalDeadline) implements ProcessVariables {}
