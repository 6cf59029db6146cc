package com.exitdesk.client;

import com.exitdesk.support.OnPostgres;

/** The ids go to PostgreSQL as one bigint array. */
@OnPostgres
class ClientNamesOnPostgresTest extends ClientNamesTest {}
