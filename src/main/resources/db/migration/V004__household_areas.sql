-- CBS wijken and buurten of the municipality: reference data loaded from reference/areas-<GM>.csv at start-up (codes
-- that are missing are added; what an admin changed is kept) and edited by admin. Codes change per CBS year, so they
-- are data, not constants. A wijk may name the team that serves it (signals of that wijk go to that team).
create table wijk (
    code              varchar(8)   primary key check (code ~ '^WK[0-9]{6}$'),
    municipality_code varchar(6)   not null check (municipality_code ~ '^GM[0-9]{4}$'),
    name              varchar(100) not null,
    team_id           uuid references team (id),
    active            boolean      not null default true,
    updated_at        timestamptz  not null default now(),
    updated_by        varchar(100) not null default 'reference-file'
);

create table buurt (
    code       varchar(10)  primary key check (code ~ '^BU[0-9]{8}$'),
    wijk_code  varchar(8)   not null references wijk (code),
    name       varchar(100) not null,
    active     boolean      not null default true,
    updated_at timestamptz  not null default now(),
    updated_by varchar(100) not null default 'reference-file'
);
create index buurt_wijk on buurt (wijk_code);

alter table household add column buurt_code varchar(10) check (buurt_code ~ '^BU[0-9]{8}$');
create index household_team_wijk on household (team_id, wijk_code);
