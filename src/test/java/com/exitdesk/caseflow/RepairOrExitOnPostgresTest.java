package com.exitdesk.caseflow;

import com.exitdesk.support.OnPostgres;

/**
 * Every path of the process again, with the production database: the Flyway migrations build the
 * schema on PostgreSQL, Hibernate validates it, and every repository query and constraint the paths
 * touch runs there.
 */
@OnPostgres
class RepairOrExitOnPostgresTest extends RepairOrExitProcessTest {}
