-- The integrated case of a household ("1 gezin, 1 plan, 1 regisseur"): at most one open case file per household.
create table case_file (
    id                uuid primary key,
    version           bigint       not null,
    household_id      uuid         not null references household (id),
    team_id           uuid         not null references team (id),
    status            varchar(12)  not null
        check (status in ('AANGEMELD', 'INTAKE', 'PLAN', 'UITVOERING', 'EVALUATIE', 'AFGESLOTEN')),
    regisseur_id      varchar(100),
    opened_at         timestamptz  not null,
    opened_by         varchar(100) not null,
    status_changed_at timestamptz  not null,
    due_on            date,
    closed_at         timestamptz,
    closing_reason    varchar(30),
    outcome_summary   varchar(2000),
    updated_at        timestamptz  not null,
    check ((status = 'AFGESLOTEN') = (closed_at is not null))
);
create unique index case_file_one_open_per_household on case_file (household_id) where status <> 'AFGESLOTEN';
-- caseload lists: the team's open cases by deadline, and "my cases"
create index case_file_team_due on case_file (team_id, due_on, id) where status <> 'AFGESLOTEN';
create index case_file_regisseur_due on case_file (regisseur_id, due_on, id) where status <> 'AFGESLOTEN';
create index case_file_team_status on case_file (team_id, status);

create table case_domain (
    id        uuid primary key,
    case_id   uuid        not null references case_file (id),
    domain    varchar(12) not null
        check (domain in ('JEUGD', 'WMO', 'PARTICIPATIE', 'SCHULDEN', 'WONEN', 'VEILIGHEID', 'GEZONDHEID')),
    member_id uuid references household_member (id)
);
create unique index case_domain_unique
    on case_domain (case_id, domain, coalesce(member_id, '00000000-0000-0000-0000-000000000000'));
create index case_domain_domain on case_domain (domain, case_id);

create table case_professional (
    case_id uuid         not null references case_file (id),
    user_id varchar(100) not null,
    primary key (case_id, user_id)
);

create table journal_entry (
    id           uuid primary key,
    case_id      uuid          not null references case_file (id),
    author_id    varchar(100)  not null,
    written_at   timestamptz   not null,
    text         varchar(10000) not null,
    domain       varchar(12),
    confidential boolean       not null
);
create index journal_entry_case on journal_entry (case_id, written_at desc);

create table journal_entry_member (
    entry_id  uuid not null references journal_entry (id),
    member_id uuid not null references household_member (id),
    primary key (entry_id, member_id)
);

-- What happened to a household, from domain events of every module. A confidential event is shown only to its actor
-- and the case's regisseur.
create table timeline_event (
    id            uuid primary key,
    household_id  uuid         not null references household (id),
    case_id       uuid references case_file (id),
    occurred_at   timestamptz  not null,
    kind          varchar(40)  not null,
    summary       varchar(300) not null,
    actor_id      varchar(100) not null,
    source_module varchar(30)  not null,
    source_id     uuid,
    confidential  boolean      not null default false
);
create index timeline_event_household on timeline_event (household_id, occurred_at desc);

create table consent (
    id             uuid primary key,
    version        bigint       not null,
    household_id   uuid         not null references household (id),
    member_id      uuid         not null references household_member (id),
    decision       varchar(10)  not null check (decision in ('GIVEN', 'OBJECTED')),
    recipient_kind varchar(12)  not null check (recipient_kind in ('DOMAIN', 'ORGANISATION')),
    recipient      varchar(200) not null,
    purpose        varchar(500),
    recorded_on    date         not null,
    expires_on     date,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null,
    withdrawn_on   date,
    withdrawn_by   varchar(100),
    check (expires_on is null or expires_on >= recorded_on)
);
create index consent_household on consent (household_id, recorded_on desc);
create index consent_member on consent (member_id);

-- existing households get an open case in AANGEMELD, as if registered now
insert into case_file (id, version, household_id, team_id, status, opened_at, opened_by, status_changed_at, due_on,
                       updated_at)
select gen_random_uuid(), 0, id, team_id, 'AANGEMELD', created_at, created_by, created_at,
       (created_at at time zone 'Europe/Amsterdam')::date + 14, created_at
from household;
