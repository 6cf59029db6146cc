-- The process steps that record a person's decision (the contract review, the approval) find its
-- inbox task by process instance and element at every step: without this index each of them read
-- the whole table, which grows with every task ever created.
create index ix_inbox_tasks_instance on inbox_tasks (process_instance_key, element_id, id);
