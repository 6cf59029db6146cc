-- What happened, as data: the timeline renders each entry in the reader's language from its type
-- and these parameters (JSON). Entries written before keep only their English summary.
alter table audit_events add column details varchar(4000);
