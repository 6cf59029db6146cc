-- The retrospective stays on the case with who wrote it and when, and the warning signs that were
-- present but never logged as codes (comma-separated WarningSign names) so they can be counted.
alter table cases add column missed_signs varchar(1000);
alter table cases add column retrospective_by varchar(100);
alter table cases add column retrospective_at timestamp with time zone;
