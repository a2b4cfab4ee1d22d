-- Uploaded files as a stream of parts (ADR 0029): the signal lists and the iJw/iWmo message files are no longer one
-- bytea each, which had to be written and read as one array in the heap, but rows of 256 KiB in stored_file_part.
-- A file's row and parts go together (on delete cascade), and so does the link row of its import.
create table stored_file (
    id         uuid        primary key,
    size_bytes bigint      not null,
    sha256     varchar(64) not null,
    parts      integer     not null,
    stored_at  timestamptz not null default now()
);

create table stored_file_part (
    file_id uuid    not null references stored_file (id) on delete cascade,
    part_no integer not null,
    content bytea   not null,
    primary key (file_id, part_no)
);

-- The files of unfinished imports move over, so that they can still be resumed after the upgrade.
alter table signal_batch_file add column file_id uuid references stored_file (id) on delete cascade;
update signal_batch_file set file_id = gen_random_uuid();
insert into stored_file (id, size_bytes, sha256, parts)
select file_id, length(content), encode(sha256(content), 'hex'), (length(content) + 262143) / 262144
from signal_batch_file;
insert into stored_file_part (file_id, part_no, content)
select f.file_id, p.part_no, substring(f.content from p.part_no * 262144 + 1 for 262144)
from signal_batch_file f, generate_series(0, (length(f.content) + 262143) / 262144 - 1) as p(part_no);
alter table signal_batch_file alter column file_id set not null, drop column content;

alter table waitinglist_import_file add column file_id uuid references stored_file (id) on delete cascade;
update waitinglist_import_file set file_id = gen_random_uuid();
insert into stored_file (id, size_bytes, sha256, parts)
select file_id, length(content), encode(sha256(content), 'hex'), (length(content) + 262143) / 262144
from waitinglist_import_file;
insert into stored_file_part (file_id, part_no, content)
select f.file_id, p.part_no, substring(f.content from p.part_no * 262144 + 1 for 262144)
from waitinglist_import_file f, generate_series(0, (length(f.content) + 262143) / 262144 - 1) as p(part_no);
alter table waitinglist_import_file alter column file_id set not null, drop column content;
