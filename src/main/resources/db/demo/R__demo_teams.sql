-- Demo mode only (auth.mode=demo): the two teams of the demo and the demo users' memberships.
insert into team (id, name) values
    ('7c1e6a4e-0000-4000-8000-000000000001', 'Zaandam-Oost'),
    ('7c1e6a4e-0000-4000-8000-000000000002', 'Zaandam-West')
on conflict (id) do nothing;

insert into team_membership (team_id, user_id) values
    ('7c1e6a4e-0000-4000-8000-000000000001', 'fatima'),
    ('7c1e6a4e-0000-4000-8000-000000000002', 'pieter'),
    ('7c1e6a4e-0000-4000-8000-000000000001', 'sanne'),
    ('7c1e6a4e-0000-4000-8000-000000000002', 'wouter')
on conflict do nothing;

-- The demo people by name (issue 14): screens show these, never the login names.
insert into professional (user_id, display_name) values
    ('fatima', 'Fatima el Amrani'),
    ('pieter', 'Pieter de Vries'),
    ('sanne', 'Sanne Bakker'),
    ('wouter', 'Wouter Jansen'),
    ('bram', 'Bram Mulder'),
    ('anouk', 'Anouk de Graaf'),
    ('ahmed', 'Ahmed Bouzid'),
    ('lisa', 'Lisa Visser'),
    ('noor', 'Noor Hendriks'),
    ('jeroen', 'Jeroen Smit')
on conflict (user_id) do nothing;
