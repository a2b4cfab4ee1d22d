-- Why the case went to its current status (issue 14): a back-step (evaluation back to execution or to a new plan)
-- needs a reason, which the timeline shows. Null for forward steps without one.
alter table case_file add column status_reason varchar(500);
