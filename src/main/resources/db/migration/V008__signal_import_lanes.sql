-- Monthly lists import in parallel lanes. The uploaded file moves out of signal_batch into its own table, so that the
-- batch's progress counters can be updated by each lane without reading or rewriting the file; which lane a row
-- belongs to is computed once from the file and kept with it, so a resumed import splits the rows exactly as before.
create table signal_batch_file (
    batch_id  uuid primary key references signal_batch (id) on delete cascade,
    content   bytea not null,
    row_lanes bytea
);

insert into signal_batch_file (batch_id, content)
select id, content from signal_batch where content is not null;

alter table signal_batch drop column content;
alter table signal_batch add column lanes smallint not null default 1;

-- Rows done per lane, in that lane's own order of rows: the point where the lane resumes.
create table signal_batch_lane (
    batch_id  uuid     not null references signal_batch (id) on delete cascade,
    lane      smallint not null,
    rows_done integer  not null,
    primary key (batch_id, lane)
);

insert into signal_batch_lane (batch_id, lane, rows_done)
select id, 0, rows_done from signal_batch where status in ('RECEIVED', 'RUNNING', 'FAILED');
