package com.exitdesk;

import com.exitdesk.support.OnPostgres;

/** Every repository query, as stated, runs on the production database too. */
@OnPostgres
class RepositoryQueryPlansOnPostgresTest extends RepositoryQueryPlansTest {}
