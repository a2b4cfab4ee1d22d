-- The anonymised outcome store (issue 18). One row per counted fact, without names, BSN, addresses, exact dates or
-- birth dates: a household key (HMAC-SHA256 under a secret only the application holds, key_version says which
-- secret), the wijk and buurt code, the month, an age band and household type, a care domain or dimension, a
-- category code (closing reason, end result) and the measure with its value. A module adds a source by firing an
-- event that an observer turns into facts; a new measure needs no migration.
create table outcome_fact (
    id             bigint generated always as identity primary key,
    household_key  char(32)     not null check (household_key ~ '^[0-9a-f]{32}$'),
    key_version    smallint     not null,
    wijk_code      varchar(8)   not null check (wijk_code ~ '^WK[0-9]{6}$'),
    buurt_code     varchar(10)  check (buurt_code ~ '^BU[0-9]{8}$'),
    month          date         not null check (extract(day from month) = 1),
    age_band       varchar(16),
    household_type varchar(24),
    domain         varchar(30),
    category       varchar(40),
    measure        varchar(40)  not null check (measure ~ '^[A-Z][A-Z_]*$'),
    value          integer      not null
);
-- indicator queries: one measure over a period, grouped by wijk (or buurt) and month
create index outcome_fact_measure_month on outcome_fact (measure, month, wijk_code);
-- a household's own history (derived facts: restored basics, first score, repeat request)
create index outcome_fact_household on outcome_fact (household_key, measure);

-- A release is what leaves: the protected cells as published (content) with its definition, period, rule set,
-- content hash, who asked and when. exact_counts holds the unprotected counts of the same tables for the
-- differencing check of the next release of this indicator; it is never served.
create table outcome_release (
    id              uuid         primary key,
    indicator       varchar(40)  not null,
    area_level      varchar(8)   not null check (area_level in ('WIJK', 'BUURT')),
    domain          varchar(30),
    period_from     date         not null,
    period_to       date         not null,
    rules_version   varchar(20)  not null,
    threshold       integer      not null,
    rounding_base   integer      not null,
    content         jsonb        not null,
    exact_counts    jsonb        not null,
    content_hash    char(64)     not null,
    requested_by    varchar(100) not null,
    requested_at    timestamptz  not null,
    scheduled       boolean      not null default false,
    check (period_from <= period_to)
);
create index outcome_release_indicator on outcome_release (indicator, area_level, requested_at desc);
-- the monthly release is made once per indicator and period, whichever node gets there first (ADR 0023)
create unique index outcome_release_monthly on outcome_release (indicator, area_level, period_from, period_to)
    where scheduled;
