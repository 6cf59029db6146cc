-- What the termination notice must state beyond the contract review: whether an early
-- termination was agreed with the client (then its fee applies and the exit date may come
-- before the notice period ends), and the reasons for the exit that the approving manager gives
-- when a repair was tried and failed (the review's justification was written for the repair).
alter table cases add column early_termination_agreed boolean;
alter table cases add column exit_justification varchar(4000);
