-- Issue 17, the bridging check-in's answers and who last changed a norm.

-- A bridging check-in while the household waits (the task "Overbruggingscontact" or recorded by hand): is the
-- situation safe, is interim support needed. Answers only, no free text: details go in the case's journal.
create table waitinglist_check_in (
    id                     uuid primary key,
    referral_id            uuid         not null references waitinglist_referral (id) on delete cascade,
    held_on                date         not null,
    safe                   boolean      not null,
    interim_support_needed boolean      not null,
    recorded_by            varchar(100) not null,
    recorded_at            timestamptz  not null
);
create index waitinglist_check_in_referral on waitinglist_check_in (referral_id, held_on);

-- The administrator's last change of a norm (the change itself is also written to the server's audit log line).
alter table waitinglist_norm add column changed_by varchar(100);
alter table waitinglist_norm add column changed_at timestamptz;
