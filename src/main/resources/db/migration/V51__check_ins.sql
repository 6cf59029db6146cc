-- Issue 18: check-ins during a probation. The case counts the check-ins its current probation
-- planned, and how many were held or missed; a new probation starts the count again.

alter table cases add check_in_cadence varchar(20);
alter table cases add check_ins_planned integer not null default 0;
alter table cases add check_ins_held integer not null default 0;
alter table cases add check_ins_missed integer not null default 0;
