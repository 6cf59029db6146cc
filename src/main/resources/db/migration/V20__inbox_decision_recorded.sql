-- A decision reaches the case's record only through the inbox: the process step that records a
-- user task's outcome takes the inbox task the person completed, once. A job completed on the
-- engine by anyone else finds no such task, and the step refuses it.
alter table inbox_tasks add column recorded_by_step bigint;
