-- Refused attempts (NEN 7513: failed and refused accesses are logged too): failed logins with the name tried, calls
-- without a valid login that presented credentials, role refusals (403) and another team's data answered as "not found".
-- Kept apart from the hash-chained access_log: each row is written in its own transaction, also when the request
-- itself rolled back. Kept one year (wijkregie.audit.refusal-retention-days), then purged.
create table refused_attempt (
    id          uuid primary key,
    occurred_at timestamptz  not null,
    user_name   varchar(100),
    reason      varchar(20)  not null,
    status      integer      not null,
    method      varchar(10)  not null,
    path        varchar(300) not null
);
create index refused_attempt_time on refused_attempt (occurred_at);
create index refused_attempt_user on refused_attempt (user_name, occurred_at);
