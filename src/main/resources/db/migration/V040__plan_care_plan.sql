-- The eigen regie plan (issue 16): one plan per case, in versions that are full snapshots (ADR 0021). A version is
-- editable while it is a draft; once vastgesteld (every member of 12 or older answered, at least one agrees) it
-- stays as agreed, and a change is a new version. Goals, actions and answers are rows of their version; evaluations
-- are written once per cycle.
create table care_plan (
    id                 uuid primary key,
    version            bigint      not null,
    case_id            uuid        not null unique references case_file (id),
    household_id       uuid        not null references household (id),
    team_id            uuid        not null references team (id),
    offer_required     boolean     not null,
    family_group_offer varchar(15) check (family_group_offer in ('ACCEPTED', 'DECLINED', 'NOT_APPLICABLE')),
    offer_recorded_at  timestamptz,
    phase              varchar(12) not null check (phase in ('OFFER', 'DRAFT', 'EXECUTION', 'EVALUATION', 'CLOSED')),
    next_evaluation_on date,
    escalated_at       timestamptz,
    created_at         timestamptz not null
);

create table care_plan_version (
    id                  uuid primary key,
    plan_id             uuid          not null references care_plan (id),
    number              integer       not null,
    strengths           varchar(4000),
    concerns            varchar(4000),
    regisseur_kind      varchar(12)   not null check (regisseur_kind in ('MEMBER', 'NETWORK', 'PROFESSIONAL')),
    regisseur_member_id uuid references household_member (id),
    regisseur_user_id   varchar(100),
    regisseur_name      varchar(200),
    regisseur_relation  varchar(100),
    next_evaluation_on  date          not null,
    established_at      timestamptz,
    written_by          varchar(100)  not null,
    written_at          timestamptz   not null,
    unique (plan_id, number)
);

create table care_plan_goal (
    version_id     uuid          not null references care_plan_version (id),
    position       integer       not null,
    goal_key       uuid          not null,
    text           varchar(1000) not null,
    domain         varchar(30),
    member_id      uuid references household_member (id),
    baseline_score smallint check (baseline_score between 1 and 5),
    baseline_on    date,
    target_score   smallint check (target_score between 1 and 5),
    target_date    date,
    primary key (version_id, position)
);

create table care_plan_action (
    version_id       uuid          not null references care_plan_version (id),
    position         integer       not null,
    action_key       uuid          not null,
    text             varchar(1000) not null,
    person_kind      varchar(12)   not null check (person_kind in ('MEMBER', 'NETWORK', 'PROFESSIONAL', 'PROVIDER')),
    person_member_id uuid references household_member (id),
    person_user_id   varchar(100),
    person_name      varchar(200),
    person_relation  varchar(100),
    due_on           date,
    status           varchar(10)   not null check (status in ('TE_DOEN', 'BEZIG', 'KLAAR', 'VERVALLEN')),
    primary key (version_id, position)
);

-- statement: the resident's own words on the version (docs/privacy.md), kept as written
create table care_plan_agreement (
    version_id  uuid         not null references care_plan_version (id),
    position    integer      not null,
    member_id   uuid         not null references household_member (id),
    agrees      boolean      not null,
    answered_on date         not null,
    channel     varchar(10)  not null check (channel in ('IN_PERSON', 'PHONE', 'PAPER', 'WRITING')),
    statement   varchar(2000),
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null,
    primary key (version_id, position)
);

create table care_plan_evaluation (
    id                 uuid primary key,
    plan_id            uuid         not null references care_plan (id),
    version_number     integer      not null,
    cycle              integer      not null,
    evaluated_on       date         not null,
    without_help       boolean      not null,
    problems_reduced   boolean      not null,
    goals_reached      boolean      not null,
    decision           varchar(10)  not null check (decision in ('CONTINUE', 'CLOSE')),
    next_evaluation_on date,
    recorded_by        varchar(100) not null,
    recorded_at        timestamptz  not null,
    unique (plan_id, cycle)
);

create table care_plan_goal_result (
    evaluation_id uuid        not null references care_plan_evaluation (id),
    position      integer     not null,
    goal_key      uuid        not null,
    domain        varchar(30),
    result        varchar(10) not null check (result in ('BEREIKT', 'DEELS', 'NIET', 'VERVALLEN')),
    primary key (evaluation_id, position)
);
