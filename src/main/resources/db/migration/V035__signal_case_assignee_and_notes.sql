-- Issue 14: a signal case gets an assigned professional (a member of its team) and notes. The inbox filters on the
-- assignee within a team's open cases. Notes are erased with their case (retention deletes the case row).
alter table signal_case add column assigned_to varchar(100);
create index signal_case_team_assignee on signal_case (team_id, assigned_to) where status = 'OPEN';

create table signal_case_note (
    id             uuid primary key,
    signal_case_id uuid          not null references signal_case (id) on delete cascade,
    text           varchar(4000) not null,
    written_by     varchar(100)  not null,
    written_at     timestamptz   not null
);
create index signal_case_note_case on signal_case_note (signal_case_id, written_at);
