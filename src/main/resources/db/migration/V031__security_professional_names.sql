-- Display names of professionals (issue 14): screens show people by name, never by login name. The admin keeps them
-- (Beheer → Teams); in production the OIDC login refreshes them from the identity provider's name claim.
create table professional (
    user_id      varchar(100) primary key,
    display_name varchar(100) not null,
    updated_at   timestamptz  not null default now()
);
