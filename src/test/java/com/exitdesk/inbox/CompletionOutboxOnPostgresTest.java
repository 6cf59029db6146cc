package com.exitdesk.inbox;

import com.exitdesk.support.OnPostgres;
import org.springframework.test.context.TestPropertySource;

/**
 * The completion outbox on the production database: the claim that keeps two senders (two app
 * instances) off one submission is a conditional update whose row lock PostgreSQL takes, and the
 * dispatcher's queries run there. The production profile has no demo accounts; the API calls here
 * sign in as olivia.
 */
@OnPostgres
@TestPropertySource(properties = "exitdesk.users.demo-users=true")
class CompletionOutboxOnPostgresTest extends CompletionOutboxTest {}
