-- Work that waits for a person although no user task asks for it, listed on the operations page.

-- A job a worker failed with no retries left: the engine made it an incident. The app writes the
-- row as it fails the job, so an operator sees it (with the error, the case and the step) and can
-- retry it without Camunda Operate.
create table stuck_jobs (
    job_key               bigint        primary key,
    process_instance_key  bigint        not null,
    element_instance_key  bigint        not null,
    case_id               bigint,
    element_id            varchar(100)  not null,
    job_type              varchar(100)  not null,
    error                 varchar(2000) not null,
    failed_at             timestamp with time zone not null,
    resolved_at           timestamp with time zone,
    resolved_by           varchar(100)
);
create index ix_stuck_jobs_open on stuck_jobs (resolved_at, failed_at);

-- What a person submitted for a task, kept until the engine confirms it: if the app stops between
-- the submission and the engine's answer, an operator can send the same form again.
alter table inbox_tasks add column completion_json varchar(100000);

-- Open cases whose process instance the engine no longer has (cancelled from outside, say).
create table cases_gone_from_engine (
    case_id     bigint  primary key references cases (id),
    noticed_at  timestamp with time zone not null
);
