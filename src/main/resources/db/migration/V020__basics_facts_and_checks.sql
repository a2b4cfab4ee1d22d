-- Basisvoorwaarden (issue 15): facts per household, the checks with their inputs and table version, the module's
-- own view of the cases it checks, the early-signal arrears it learnt from the signal module's events, re-check runs.

-- One recorded fact about one dimension of a household's basics. Appended, never updated: the latest per dimension
-- is what the check uses, the earlier ones explain earlier checks. Every value column may be null ("onbekend").
create table basics_fact (
    id                   uuid primary key,
    household_id         uuid         not null,
    dimension            varchar(12)  not null check (dimension in ('HOUSING', 'INCOME', 'DEBTS', 'SAFETY')),
    observed_on          date         not null,
    source               varchar(14)  not null
        check (source in ('RESIDENT', 'PROFESSIONAL', 'SIGNAL', 'DOCUMENT')),
    recorded_by          varchar(100) not null,
    recorded_at          timestamptz  not null,
    housing_situation    varchar(22),
    income_sources       varchar(300),
    net_income_cents     bigint check (net_income_cents >= 0),
    debt_count           integer check (debt_count >= 0),
    debt_total_cents     bigint check (debt_total_cents >= 0),
    creditors            varchar(500),
    debt_help            varchar(8),
    debt_criteria        varchar(300),
    disconnection_threat varchar(8),
    safety_concern       varchar(8),
    veilig_thuis_report  varchar(8)
);
create index basics_fact_household on basics_fact (household_id, dimension, recorded_at desc);

-- The cases this module checks, kept from the case file's events (CaseOpened, StatusChanged, RegisseurAssigned):
-- the re-check streams the open ones by id, the team lead's view reads the current outcome per dimension.
create table basics_case (
    case_id            uuid primary key,
    household_id       uuid        not null,
    team_id            uuid        not null,
    open               boolean     not null,
    housing            varchar(12),
    income             varchar(12),
    debts              varchar(12),
    safety             varchar(12),
    not_in_order_since timestamptz,
    threat             boolean     not null default false,
    last_checked_at    timestamptz,
    escalated_at       timestamptz,
    version            bigint      not null default 0
);
create index basics_case_household on basics_case (household_id) where open;
create index basics_case_team_not_in_order on basics_case (team_id, not_in_order_since) where open and not_in_order_since is not null;

-- Cases opened before this module existed.
insert into basics_case (case_id, household_id, team_id, open)
select id, household_id, team_id, status <> 'AFGESLOTEN' from case_file;

-- One dimension's check result as it was decided: inputs, outcome, reason, table key and version, time and trigger.
create table basics_check (
    id               uuid primary key,
    case_id          uuid         not null references basics_case (case_id) on delete cascade,
    household_id     uuid         not null,
    dimension        varchar(12)  not null,
    outcome          varchar(12)  not null check (outcome in ('IN_ORDER', 'AT_RISK', 'NOT_IN_ORDER', 'UNKNOWN')),
    reason           varchar(300) not null,
    inputs           jsonb        not null,
    decision_key     varchar(60)  not null,
    decision_version integer      not null,
    facts_date       date,
    checked_at       timestamptz  not null,
    trigger          varchar(20)  not null
);
create index basics_check_case on basics_check (case_id, checked_at desc);

-- Open early-signal cases on a household, from the signal module's Intake and EndResultRecorded events.
create table basics_signal (
    signal_case_id uuid primary key,
    household_id   uuid         not null,
    creditor_types varchar(200) not null,
    priority       varchar(6),
    open           boolean      not null
);
create index basics_signal_household on basics_signal (household_id) where open;

-- A background re-check of all open cases after a rule change: progress kept per chunk.
create table basics_recheck_run (
    id          uuid primary key,
    rules       varchar(200) not null,
    started_at  timestamptz  not null,
    started_by  varchar(100) not null,
    checked     integer      not null default 0,
    last_case   uuid,
    finished_at timestamptz
);

-- How a "Basis op orde brengen" task ended when a professional recorded why the basics cannot be put in order now.
create table basics_not_solvable (
    id          uuid primary key,
    case_id     uuid          not null references basics_case (case_id) on delete cascade,
    reason      varchar(2000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);
create index basics_not_solvable_case on basics_not_solvable (case_id, recorded_at desc);
