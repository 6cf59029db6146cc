-- Which rule of the assess_relationship decision table gave the case its recommendation (the
-- table's matchedRule output), so a criteria review can show the rule that fired for each case.
-- Cases assessed before the table named its rules keep null: nothing recorded which rule it was.
alter table cases add column matched_rule varchar(100);
