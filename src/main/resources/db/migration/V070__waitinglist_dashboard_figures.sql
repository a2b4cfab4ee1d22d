-- The team lead dashboard's figures (aggregates without any person in them) per team set and period, computed at
-- most once per max-age and kept here so that every node serves the same copy (ADR 0028).
create table waitinglist_dashboard_figures (
    scope       text        not null,
    period_from date        not null,
    period_to   date        not null,
    computed_at timestamptz not null,
    figures     text        not null,
    primary key (scope, period_from, period_to)
);

-- The dashboard's waiting list: a team's waiting referrals read in the list's order, instead of sorting all of them.
create index waitinglist_referral_waiting_order on waitinglist_referral (team_id, urgency desc, request_sent_on, id)
    where care_started_on is null and withdrawn_on is null and request_sent_on is not null;
