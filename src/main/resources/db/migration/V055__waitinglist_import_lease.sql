-- The iJw/iWmo message import becomes a stored import like the signal lists (ADR 0020): the file is kept beside the
-- import until it is done, and a run holds the import by a lease that each committed chunk renews, so a node that
-- dies mid-import is taken over by a live node. Imports made before this migration were synchronous and are done.
alter table waitinglist_import
    add column status      varchar(10)  not null default 'DONE'
        check (status in ('RECEIVED', 'RUNNING', 'DONE', 'FAILED')),
    add column started_role varchar(50),
    add column rows_total  integer      not null default 0,
    add column run_id      uuid,
    add column run_node    varchar(100),
    add column lease_until timestamptz,
    add column failure     varchar(500);

create index waitinglist_import_unfinished on waitinglist_import (started_at) where status in ('RECEIVED', 'RUNNING');

-- The uploaded file, only until its import is done (it holds BSNs).
create table waitinglist_import_file (
    import_id uuid  primary key references waitinglist_import (id) on delete cascade,
    content   bytea not null
);

