-- iJw/iWmo message files import in parallel lanes (ADR 0034), as the signal lists do (ADR 0014): a row goes to the
-- lane of its BSN, so one person's events stay in file order. The number of lanes is fixed when the file is received,
-- and each lane counts the rows it has committed in its own order of rows: the point where that lane resumes.
alter table waitinglist_import add column lanes smallint not null default 1;

create table waitinglist_import_lane (
    import_id uuid     not null references waitinglist_import (id) on delete cascade,
    lane      smallint not null,
    rows_done integer  not null,
    primary key (import_id, lane)
);

-- An import received or cut off before this version goes on in one lane, from where it was.
insert into waitinglist_import_lane (import_id, lane, rows_done)
select id, 0, row_count from waitinglist_import where status <> 'DONE';
