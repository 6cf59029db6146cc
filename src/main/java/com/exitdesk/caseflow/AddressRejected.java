package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;

/**
 * The BPMN error's variables when the mail server refused the client's address for good: the task
 * that has OPS correct it shows the refusal.
 *
 * @param addressRejection the mail server's words
 */
record AddressRejected(String addressRejection) implements ProcessVariables {}
