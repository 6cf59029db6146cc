-- A person's submission is the inbox's own record, written with the task in one transaction; a
-- dispatcher hands it to the engine afterwards and tries again until the engine has it. The
-- columns below are that dispatcher's bookkeeping on the task row (the submission itself is
-- completion_json, from V21).

-- How many times the completion was handed to the engine, and when the next try is due. While a
-- dispatcher sends it, the due time is pushed past the send (its claim): another app instance
-- skips the row until then, or takes it over once the claim runs out (the sender died).
alter table inbox_tasks add column completion_attempts integer not null default 0;
alter table inbox_tasks add column completion_next_attempt_at timestamp with time zone;

-- True from the claim until the send's outcome is written: a claim that finds it still true knows
-- the send before it died with its outcome unknown.
alter table inbox_tasks add column completion_sending boolean not null default false;

-- An earlier send may have reached the engine (it died mid-way, or timed out): the engine then no
-- longer knowing the job means it took that send, not that it refused this one.
alter table inbox_tasks add column completion_in_doubt boolean not null default false;

-- Why the last send did not go through, for the operations page; cleared once the engine has it.
alter table inbox_tasks add column completion_error varchar(1000);

-- Set when the engine refused the submission because the task was no longer there (interrupted,
-- or its case moved on): the person sees why on the task and the case pages.
alter table inbox_tasks add column completion_refusal varchar(40);

-- Submissions left waiting by the version before this one (a crash between the submission and
-- the engine's answer left them with no way out): the dispatcher sends them on its first round.
-- They may have reached the engine before the app stopped, so their outcome is in doubt.
update inbox_tasks
   set completion_next_attempt_at = current_timestamp, completion_in_doubt = true
 where status = 'COMPLETING' and completion_json is not null;

-- The dispatcher's round reads the due submissions in this order.
create index ix_inbox_tasks_completion_due on inbox_tasks (status, completion_next_attempt_at);
