-- Self-reliance assessments (ZRM-style, issue 15): per household member and date a score 1-5 on any subset of the 13
-- domains, each optionally with who carries it (Krachtenwijzer), and a note. Written once, never edited: a later
-- assessment is a new row, so the trend is the rows in date order. Only codes and scores are stored, never the
-- licensed criteria texts.
create table self_reliance_assessment (
    id           uuid primary key,
    case_id      uuid          not null references case_file (id),
    household_id uuid          not null references household (id),
    team_id      uuid          not null references team (id),
    member_id    uuid          not null references household_member (id),
    assessed_on  date          not null,
    moment       varchar(12)   not null check (moment in ('INTAKE', 'FOLLOW_UP', 'EXIT')),
    note         varchar(2000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
-- a household's or member's assessments in date order (the case page, the baseline)
create index self_reliance_assessment_household on self_reliance_assessment (household_id, assessed_on, id);
create index self_reliance_assessment_member on self_reliance_assessment (member_id, assessed_on desc);

create table self_reliance_score (
    assessment_id uuid        not null references self_reliance_assessment (id),
    domain        varchar(30) not null check (domain in ('FINANCES', 'WORK_EDUCATION', 'DAYTIME_ACTIVITIES',
        'HOUSING', 'DOMESTIC_RELATIONS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH', 'SUBSTANCE_USE',
        'BASIC_ADL', 'INSTRUMENTAL_ADL', 'SOCIAL_NETWORK', 'COMMUNITY_PARTICIPATION', 'JUSTICE')),
    score         smallint    not null check (score between 1 and 5),
    carrier       varchar(20) check (carrier in ('OWN_STRENGTH', 'NETWORK', 'PROFESSIONAL_HELP')),
    primary key (assessment_id, domain)
);
