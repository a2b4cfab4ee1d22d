-- Early signalling (vroegsignalering, Wgs): signals of payment arrears, the signal cases that stack them per address,
-- triage decisions with their inputs, contact attempts, monthly batch uploads and the anonymous counts kept after
-- retention erased the rest. Codes follow the national DDAS v0.9 data model.

-- Machine clients that deliver signals: the login account names the organisation and its DDAS partner type.
create table signal_partner (
    account      varchar(100) primary key,
    organisation varchar(200) not null,
    partner_type varchar(30)  not null
);
insert into signal_partner (account, organisation, partner_type) values
    ('woonzaam', 'Woonzaam', 'HUUR'),
    ('zaanstroom', 'ZaanStroom Energie', 'ENERGIE');

create table signal_batch (
    id              uuid primary key,
    version         bigint       not null,
    file_name       varchar(200) not null,
    uploaded_by     varchar(100) not null,
    uploaded_role   varchar(30)  not null,
    partner_account varchar(100) references signal_partner (account),
    uploaded_at     timestamptz  not null,
    status          varchar(12)  not null,
    content         bytea,
    rows_total      integer      not null,
    rows_done       integer      not null,
    rows_imported   integer      not null,
    rows_duplicate  integer      not null,
    rows_rejected   integer      not null,
    finished_at     timestamptz,
    failure         varchar(500)
);
create index signal_batch_unfinished on signal_batch (uploaded_at) where status in ('RECEIVED', 'RUNNING');
create index signal_batch_recent on signal_batch (uploaded_at desc);

create table signal_batch_rejection (
    batch_id   uuid          not null references signal_batch (id) on delete cascade,
    row_number integer       not null,
    reference  varchar(100),
    reasons    varchar(2000) not null,
    raw_row    varchar(4000) not null,
    primary key (batch_id, row_number)
);

create table signal_case (
    id                    uuid primary key,
    version               bigint       not null,
    team_id               uuid         not null references team (id),
    wijk_code             varchar(8),
    address_key           varchar(24)  not null,
    household_id          uuid references household (id),
    case_file_id          uuid references case_file (id),
    regisseur_id          varchar(100),
    match_status          varchar(10)  not null,
    previous_case_id      uuid references signal_case (id) on delete set null,
    status                varchar(10)  not null,
    priority              varchar(6)   not null,
    deadline_kind         varchar(10)  not null,
    contact_deadline      date,
    opened_at             timestamptz  not null,
    matched_on            date         not null,
    matching_period_start date         not null,
    matching_period_end   date         not null,
    picked_up_on          date,
    escalated_at          timestamptz,
    end_result            varchar(40),
    help_accepted         boolean,
    closed_at             timestamptz,
    closed_by             varchar(100)
);
-- at most one open signal case per address: signals for it stack there
create unique index signal_case_open_address on signal_case (address_key) where status = 'OPEN';
-- the team inbox: open cases by priority and deadline
create index signal_case_team_inbox on signal_case (team_id, status, contact_deadline);
-- repeat signals: the latest closed case of an address
create index signal_case_address_closed on signal_case (address_key, closed_at desc) where status = 'CLOSED';
-- retention: closed without help, oldest first
create index signal_case_retention on signal_case (closed_at) where status = 'CLOSED' and help_accepted is not true;
create index signal_case_household on signal_case (household_id);

create table signal (
    id                    uuid primary key,
    signal_case_id        uuid         not null references signal_case (id),
    partner_type          varchar(30)  not null,
    partner_organisation  varchar(200) not null,
    partner_reference     varchar(100) not null,
    partner_account       varchar(100),
    initials              varchar(20),
    first_name            varchar(100),
    surname_prefix        varchar(30),
    surname               varchar(100) not null,
    date_of_birth         date         not null,
    street                varchar(100) not null,
    house_number          integer      not null check (house_number > 0),
    house_number_addition varchar(10),
    postcode              char(6)      not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    town                  varchar(80)  not null,
    phone                 varchar(30),
    email                 varchar(200),
    amount_cents          bigint       not null check (amount_cents > 0),
    arrears_since         date         not null,
    signal_date           date         not null,
    crisis                boolean      not null,
    warm_handover         boolean      not null,
    threat                varchar(16)  not null,
    member_id             uuid,
    received_at           timestamptz  not null,
    received_by           varchar(100) not null,
    batch_id              uuid references signal_batch (id),
    batch_row             integer
);
-- a partner's signal is imported once, however often the list is uploaded
create unique index signal_partner_reference on signal (partner_reference, lower(partner_organisation));
create index signal_case_signals on signal (signal_case_id, signal_date);
-- a partner's status feedback
create index signal_partner_account on signal (partner_account, received_at desc) where partner_account is not null;
-- the DDAS delivery of a period
create index signal_signal_date on signal (signal_date);

create table signal_match_candidate (
    signal_case_id uuid         not null references signal_case (id) on delete cascade,
    household_id   uuid         not null references household (id),
    member_id      uuid,
    reason         varchar(200) not null,
    primary key (signal_case_id, household_id)
);

create table signal_triage_decision (
    id               uuid primary key,
    signal_case_id   uuid         not null references signal_case (id) on delete cascade,
    decided_at       timestamptz  not null,
    decision_key     varchar(60)  not null,
    decision_version integer      not null,
    inputs           jsonb        not null,
    priority         varchar(6)   not null,
    deadline_kind    varchar(10)  not null,
    reason           varchar(200) not null,
    contact_deadline date
);
create index signal_triage_case on signal_triage_decision (signal_case_id, decided_at);

create table signal_contact_attempt (
    id             uuid primary key,
    signal_case_id uuid         not null references signal_case (id) on delete cascade,
    kind           varchar(20)  not null,
    reached        boolean      not null,
    attempted_on   date         not null,
    part_of_day    varchar(10)  not null,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null
);
create index signal_contact_case on signal_contact_attempt (signal_case_id, attempted_on);

-- What retention leaves behind: counts without any link to a person, per month of closing.
create table signal_erased_count (
    closed_month date        not null,
    wijk_code    varchar(8)  not null,
    end_result   varchar(40) not null,
    signal_cases integer     not null,
    signals      integer     not null,
    primary key (closed_month, wijk_code, end_result)
);
create table signal_erasure_run (
    id           uuid primary key,
    ran_at       timestamptz not null,
    closed_before timestamptz not null,
    signal_cases integer     not null,
    signals      integer     not null,
    attempts     integer     not null
);

-- matching by name and date of birth when the address does not match (moved, or registered elsewhere)
create index household_member_birth on household_member (date_of_birth);
