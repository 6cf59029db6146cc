-- The inbox is listed by a query, page by page, instead of filtering every open task in memory:
-- the task's client and candidate groups become columns and rows the database can index.
alter table inbox_tasks add column client_id bigint;

create table inbox_task_candidate_groups (
    task_id     bigint        not null references inbox_tasks (id),
    group_name  varchar(100)  not null,
    primary key (task_id, group_name)
);
create index ix_inbox_candidate_groups_group on inbox_task_candidate_groups (group_name, task_id);

-- Each half of the inbox has an index in the order it is listed, oldest first, so a page reads
-- its rows and stops instead of sorting every open task: a user's own tasks by assignee, the
-- unclaimed ones by status (the groups are checked per row through the primary key above).
create index ix_inbox_tasks_claimed on inbox_tasks (assignee, status, created_at, id);
create index ix_inbox_tasks_open_order on inbox_tasks (status, created_at, id);
