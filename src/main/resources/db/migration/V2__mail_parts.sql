-- Messages keep both MIME parts, the letter they attach, and what happened on delivery.
alter table outbox_messages add column body_html varchar(200000);
alter table outbox_messages add column letter_html varchar(200000);
alter table outbox_messages add column message_id varchar(300);
alter table outbox_messages add column failure varchar(1000);
