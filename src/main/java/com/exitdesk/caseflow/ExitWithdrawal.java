package com.exitdesk.caseflow;

import com.exitdesk.engine.ProcessVariables;

/**
 * The message that stops an exit in its cooling-off: who withdrew it and why, on the process
 * instance for anyone who reads its history in the engine (the case's timeline has them too).
 */
record ExitWithdrawal(String withdrawnBy, String withdrawalReason) implements ProcessVariables {}
