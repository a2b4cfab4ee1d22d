-- The access log (NEN 7513). Append-only: the triggers below refuse every update, delete and truncate, also for
-- the application's own database role. Entries are hash-chained per stripe; access_log_chain holds each chain's end.

create function access_log_genesis(stripe integer) returns bytea
    language sql immutable
    as $$ select sha256(convert_to('wijkregie-access-log-' || stripe, 'UTF8')) $$;

create table access_log_chain (
    stripe        integer primary key,
    last_sequence bigint not null,
    last_hash     bytea  not null
);
insert into access_log_chain (stripe, last_sequence, last_hash)
select s, 0, access_log_genesis(s) from generate_series(0, 15) as s;

create table access_log (
    id            uuid primary key,
    stripe        integer      not null references access_log_chain (stripe),
    sequence      bigint       not null,
    occurred_at   timestamptz  not null,
    action        varchar(10)  not null,
    outcome       varchar(10)  not null,
    user_id       varchar(100) not null,
    user_role     varchar(30)  not null,
    team_id       uuid,
    purpose       varchar(40)  not null,
    subject_type  varchar(20)  not null,
    subject_id    uuid         not null,
    source        varchar(300) not null,
    previous_hash bytea        not null,
    hash          bytea        not null,
    unique (stripe, sequence)
);
-- "who looked at my file": all entries about one subject in time order
create index access_log_subject on access_log (subject_id, occurred_at);

create function access_log_refuse_change() returns trigger
    language plpgsql
    as $$ begin raise exception 'access_log is append-only: % refused', tg_op; end $$;

create trigger access_log_no_update_or_delete before update or delete on access_log
    for each row execute function access_log_refuse_change();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_refuse_change();
