-- Verwijzingen en wachtlijsten (issue 17): providers, norms as configuration, referrals with their chain of dates and
-- pauses, the module's own view of cases (the wijkteam's waiting list, caseload), and imported iJw/iWmo messages.

-- The provider register the administrator keeps; the AGB code identifies a provider in iJw/iWmo messages.
create table waitinglist_provider (
    id       uuid primary key,
    name     varchar(200) not null,
    agb_code char(8)      not null check (agb_code ~ '^[0-9]{8}$'),
    active   boolean      not null,
    version  bigint       not null default 0
);
create unique index waitinglist_provider_agb on waitinglist_provider (agb_code);

-- Waiting norms as configuration: per product code, per domain or for the wijkteam's intake, optionally per region.
create table waitinglist_norm (
    id            uuid primary key,
    applies_to    varchar(30)  not null,
    region        varchar(30)  not null default '*',
    norm_days     integer      not null check (norm_days between 1 and 730),
    warning_days  integer      not null check (warning_days >= 0 and warning_days < norm_days),
    check_in_days integer      not null check (check_in_days between 1 and 365),
    source        varchar(300) not null,
    unique (applies_to, region)
);
insert into waitinglist_norm (id, applies_to, norm_days, warning_days, check_in_days, source) values
    ('0e7a1c00-0000-4000-8000-000000000001', 'WMO', 56, 42, 14,
     'Wmo 2015: melding → onderzoek binnen 6 weken, aanvraag → beschikking binnen 2 weken (art. 2.3.2 lid 9, 2.3.5 lid 3)'),
    ('0e7a1c00-0000-4000-8000-000000000002', 'JEUGD', 56, 42, 14,
     'Jeugdwet: beslissen binnen redelijke termijn, hooguit 8 weken (Awb 4:13); regionale norm met aanbieders'),
    ('0e7a1c00-0000-4000-8000-000000000003', '54', 70, 56, 14,
     'Treeknormen (ggz): 4 weken tot intake, 10 weken tot behandeling'),
    ('0e7a1c00-0000-4000-8000-000000000004', '07', 42, 28, 14, 'Treeknormen: dagbesteding 6 weken'),
    ('0e7a1c00-0000-4000-8000-000000000005', '15', 91, 70, 14, 'Treeknormen: beschermd wonen 13 weken'),
    ('0e7a1c00-0000-4000-8000-000000000006', 'SCHULDEN', 28, 21, 7,
     'Wet gemeentelijke schuldhulpverlening art. 4a: eerste gesprek binnen 4 weken (3 werkdagen bij dreigende uitzetting/afsluiting)'),
    ('0e7a1c00-0000-4000-8000-000000000007', 'PARTICIPATIE', 56, 42, 14,
     'Gemeentelijke keuze (geen wettelijke termijn): gelijk aan de Wmo-termijn'),
    ('0e7a1c00-0000-4000-8000-000000000008', 'WIJKTEAM_INTAKE', 14, 10, 7,
     'Gemeentelijke keuze: eerste gesprek binnen 2 weken na aanmelding');

-- A referral of one member to a provider for a product, with its chain of dates and their sources.
create table waitinglist_referral (
    id                      uuid primary key,
    case_id                 uuid         not null,
    household_id            uuid         not null,
    team_id                 uuid         not null,
    member_id               uuid         not null,
    wijk_code               varchar(10),
    domain                  varchar(12)  not null check (domain in ('JEUGD', 'WMO', 'PARTICIPATIE', 'SCHULDEN')),
    product_code            varchar(10)  not null,
    provider_id             uuid         not null references waitinglist_provider (id),
    urgency                 varchar(8)   not null check (urgency in ('REGULAR', 'URGENT')),
    need_established_on     date         not null,
    need_established_source varchar(7)   not null,
    request_sent_on         date,
    request_sent_source     varchar(7),
    allocated_on            date,
    allocated_source        varchar(7),
    start_offered_on        date,
    start_offered_source    varchar(7),
    care_started_on         date,
    care_started_source     varchar(7),
    care_ended_on           date,
    care_ended_source       varchar(7),
    withdrawn_on            date,
    withdrawal_reason       varchar(20),
    norm_days               integer,
    warning_days            integer,
    check_in_days           integer,
    breached_at             timestamptz,
    waiting_days            integer,
    resident_wish_days      integer,
    created_by              varchar(100) not null,
    created_at              timestamptz  not null,
    version                 bigint       not null default 0,
    check (care_ended_on is null or care_started_on is not null),
    check (allocated_on is null or request_sent_on is null or allocated_on >= request_sent_on),
    check (care_started_on is null or allocated_on is null or care_started_on >= allocated_on)
);
create index waitinglist_referral_case on waitinglist_referral (case_id);
-- the waiting list of a team, and matching a message to the open referral of a member
create index waitinglist_referral_waiting on waitinglist_referral (team_id, request_sent_on)
    where care_started_on is null and withdrawn_on is null;
create index waitinglist_referral_member on waitinglist_referral (member_id, product_code, provider_id);
-- waiting times over a period: started referrals by start date
create index waitinglist_referral_started on waitinglist_referral (team_id, care_started_on)
    where care_started_on is not null;
create index waitinglist_referral_board on waitinglist_referral (provider_id, product_code)
    where care_started_on is null and withdrawn_on is null;

create table waitinglist_pause (
    id          uuid primary key,
    referral_id uuid        not null references waitinglist_referral (id) on delete cascade,
    from_on     date        not null,
    until_on    date,
    reason      varchar(24) not null
        check (reason in ('RESIDENT_WISH', 'ADMISSION', 'DIAGNOSTICS_ELSEWHERE', 'OTHER')),
    check (until_on is null or until_on >= from_on)
);
create index waitinglist_pause_referral on waitinglist_pause (referral_id);

-- The cases this module counts, kept from the case file's events (CaseOpened, StatusChanged, RegisseurAssigned).
create table waitinglist_case (
    case_id      uuid primary key,
    household_id uuid         not null,
    team_id      uuid         not null,
    regisseur_id varchar(100),
    opened_at    timestamptz  not null,
    intake_at    timestamptz,
    closed_at    timestamptz
);
create index waitinglist_case_team_open on waitinglist_case (team_id, regisseur_id) where closed_at is null;
create index waitinglist_case_intake on waitinglist_case (team_id, opened_at) where intake_at is null and closed_at is null;
create index waitinglist_case_team_opened on waitinglist_case (team_id, opened_at);

-- Cases opened before this module existed: a case no longer AANGEMELD had its first conversation at its last change
-- at the latest (the exact moment is in the timeline; this is only the starting point of the own waiting list).
insert into waitinglist_case (case_id, household_id, team_id, regisseur_id, opened_at, intake_at, closed_at)
select id, household_id, team_id, regisseur_id, opened_at,
       case when status = 'AANGEMELD' then null else status_changed_at end, closed_at
from case_file;

-- One import of a message file: who, when, and its counts (the row report is waitinglist_import_row).
create table waitinglist_import (
    id          uuid primary key,
    file_name   varchar(200),
    started_by  varchar(100) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    row_count   integer      not null default 0,
    applied     integer      not null default 0,
    unchanged   integer      not null default 0,
    unmatched   integer      not null default 0,
    rejected    integer      not null default 0,
    duplicates  integer      not null default 0
);

-- An iJw/iWmo event as received (one per distinct message: the key makes a re-upload a no-op). Unmatched and
-- rejected events stay listed here with their reason; they are never dropped.
create table waitinglist_message (
    id           uuid primary key,
    message_key  char(64)     not null unique,
    import_id    uuid         not null references waitinglist_import (id),
    row_number   integer      not null,
    kind         char(3)      not null check (kind in ('315', '301', '305', '307')),
    bsn          char(9)      not null,
    product_code varchar(10)  not null,
    agb_code     char(8)      not null,
    event_on     date         not null,
    status       varchar(10)  not null check (status in ('APPLIED', 'UNCHANGED', 'UNMATCHED', 'REJECTED')),
    reason       varchar(300),
    referral_id  uuid,
    team_id      uuid,
    received_at  timestamptz  not null
);
create index waitinglist_message_open on waitinglist_message (status, received_at) where status in ('UNMATCHED', 'REJECTED');

-- The rows of an import that were not applied, with their reason (the row report).
create table waitinglist_import_row (
    import_id  uuid         not null references waitinglist_import (id) on delete cascade,
    row_number integer      not null,
    outcome    varchar(10)  not null,
    reason     varchar(300) not null,
    primary key (import_id, row_number)
);
