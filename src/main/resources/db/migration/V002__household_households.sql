create table household (
    id                    uuid primary key,
    version               bigint       not null,
    team_id               uuid         not null references team (id),
    street                varchar(100) not null,
    house_number          integer      not null check (house_number > 0),
    house_number_addition varchar(10),
    postcode              char(6)      not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    town                  varchar(80)  not null,
    wijk_code             varchar(8)   not null check (wijk_code ~ '^WK[0-9]{6}$'),
    display_name          varchar(200) not null,
    created_at            timestamptz  not null,
    created_by            varchar(100) not null,
    updated_at            timestamptz  not null
);
-- the team's household list, newest first
create index household_team_created on household (team_id, created_at desc, id);
-- matching by address (signals, search)
create index household_address on household (postcode, house_number);

create table household_member (
    id             uuid primary key,
    household_id   uuid         not null references household (id),
    position       integer      not null,
    first_name     varchar(100) not null,
    surname_prefix varchar(30),
    surname        varchar(100) not null,
    date_of_birth  date         not null,
    bsn            char(9) check (bsn ~ '^[0-9]{9}$')
);
create index household_member_household on household_member (household_id, position);
create index household_member_bsn on household_member (bsn) where bsn is not null;
