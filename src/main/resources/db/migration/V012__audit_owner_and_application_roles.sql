-- Two roles (ADR 0017). The owner role runs these migrations and owns schema wijkregie; the application's role
-- ${appRole} (the login of the DataSource jdbc/wijkregie) gets only what the application needs. It may read and
-- append to the access log but not update, delete or truncate it, nor (not being its owner) alter it or switch its
-- triggers off; of the chain heads it may only move last_sequence and last_hash on. Everywhere else it keeps
-- select, insert, update and delete (signal retention deletes). The process engine's schema camunda is the
-- application role's: the engine creates and upgrades its own tables at start.
do $$
begin
    if current_user = '${appRole}' then
        raise exception 'migrations run as the application role %: give them an owner role (DB_OWNER_USER, docs/operations.md)',
            current_user;
    end if;
    if exists (select 1 from pg_class c where c.relnamespace = 'wijkregie'::regnamespace
               and c.relkind in ('r', 'p', 'v', 'm', 'S')
               and c.relowner <> (select oid from pg_roles where rolname = current_user)) then
        raise exception 'schema wijkregie has tables not owned by %: hand them over first (docs/operations.md)',
            current_user;
    end if;
end $$;

grant usage on schema wijkregie to "${appRole}";
grant select, insert, update, delete on all tables in schema wijkregie to "${appRole}";
grant usage, select on all sequences in schema wijkregie to "${appRole}";
alter default privileges in schema wijkregie grant select, insert, update, delete on tables to "${appRole}";
alter default privileges in schema wijkregie grant usage, select on sequences to "${appRole}";

revoke all on access_log from "${appRole}";
grant select, insert on access_log to "${appRole}";
revoke all on access_log_chain from "${appRole}";
grant select on access_log_chain to "${appRole}";
grant update (last_sequence, last_hash) on access_log_chain to "${appRole}";
revoke all on flyway_schema_history from "${appRole}";
grant select on flyway_schema_history to "${appRole}";

-- (a database of an earlier version already has it owned by the application role; then there is nothing to grant)
do $$
begin
    if exists (select 1 from pg_namespace where nspname = 'camunda'
               and nspowner = (select oid from pg_roles where rolname = current_user)) then
        grant usage, create on schema camunda to "${appRole}";
    end if;
end $$;
