-- Members join and leave with dates and a role; contact details, language and interpreter per member; the
-- household's address history; and search keys for names that ignore case, diacritics and surname prefixes.

-- unaccent and pg_trgm are trusted extensions: the database owner may create them (PostgreSQL 13+).
create extension if not exists unaccent with schema wijkregie;
create extension if not exists pg_trgm with schema wijkregie;

-- "Öztürk" → "ozturk", "Jansen-de Vries" → "jansen de vries". Immutable (fixed dictionary) so it may feed an index.
create function name_key(name text) returns text
    language sql immutable parallel safe
    as $$ select trim(regexp_replace(lower(wijkregie.unaccent('wijkregie.unaccent'::regdictionary, coalesce(name, ''))),
                                     '[^a-z0-9]+', ' ', 'g')) $$;

alter table household_member
    add column role               varchar(12)  not null default 'OTHER_ADULT'
        check (role in ('PARENT', 'PARTNER', 'CHILD', 'OTHER_ADULT')),
    add column joined_on          date,
    add column left_on            date,
    add column phone              varchar(20),
    add column email              varchar(200),
    add column preferred_language varchar(35),
    add column interpreter_needed boolean      not null default false,
    -- ' jan van dijk': every word of the name, each preceded by a space, for word-prefix search
    add column search_name        text generated always as
        (' ' || name_key(first_name || ' ' || coalesce(surname_prefix, '') || ' ' || surname)) stored;

update household_member m set joined_on = (h.created_at at time zone 'Europe/Amsterdam')::date
from household h where h.id = m.household_id;
alter table household_member alter column joined_on set not null;
alter table household_member add constraint member_left_after_joined check (left_on is null or left_on >= joined_on);

create index household_member_search on household_member using gin (search_name gin_trgm_ops);

-- the old address index of V002 had the name the history table needs; search and signal matching use the addition too
drop index household_address;
create index household_postcode_number on household (postcode, house_number, house_number_addition);

create table household_address (
    id                    uuid primary key,
    household_id          uuid         not null references household (id),
    street                varchar(100) not null,
    house_number          integer      not null,
    house_number_addition varchar(10),
    postcode              char(6)      not null,
    town                  varchar(80)  not null,
    wijk_code             varchar(8)   not null,
    buurt_code            varchar(10),
    valid_from            date         not null,
    valid_to              date,
    check (valid_to is null or valid_to >= valid_from)
);
create index household_address_household on household_address (household_id, valid_from desc);

insert into household_address (id, household_id, street, house_number, house_number_addition, postcode, town,
                               wijk_code, buurt_code, valid_from)
select gen_random_uuid(), id, street, house_number, house_number_addition, postcode, town, wijk_code, buurt_code,
       (created_at at time zone 'Europe/Amsterdam')::date
from household;
