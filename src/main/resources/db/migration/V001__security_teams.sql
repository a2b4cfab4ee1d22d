-- Teams and who works in them. Membership is read on every request: deleting a row revokes access at once.
create schema if not exists camunda;

create table team (
    id         uuid primary key,
    name       varchar(100) not null unique,
    created_at timestamptz  not null default now()
);

create table team_membership (
    team_id uuid         not null references team (id),
    user_id varchar(100) not null,
    primary key (team_id, user_id)
);
create index team_membership_user on team_membership (user_id);
