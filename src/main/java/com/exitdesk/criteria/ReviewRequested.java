package com.exitdesk.criteria;

import com.exitdesk.engine.ProcessVariables;

/**
 * The variables of a review a manager started (a timer starts one with none).
 *
 * @param startedBy kept on the process instance for whoever reads its history in the engine; the
 *     review's record and the audit trail have it too
 */
record ReviewRequested(long reviewId, String startedBy) implements ProcessVariables {}
