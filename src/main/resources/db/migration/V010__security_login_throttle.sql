-- Failed logins per user name, for the login throttle (docs/operations.md, "Login throttle"). In the database so that
-- every node counts the same failures. A row lives only while it matters: a successful login deletes it, and rows
-- whose window and lock have passed are purged.
create table login_failure (
    user_name    varchar(100) primary key,
    failures     integer      not null,
    window_start timestamptz  not null,
    locked_until timestamptz
);
create index login_failure_window on login_failure (window_start);
