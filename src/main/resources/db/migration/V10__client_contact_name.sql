-- The person at the client whom letters are addressed to; without one they go to the company
-- ("Estimados señores:" / "Dear ... team,").
alter table clients add column contact_name varchar(200);
