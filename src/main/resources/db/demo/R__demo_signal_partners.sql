-- Demo mode only (auth.mode=demo): the two signal partners of the demo, whose machine accounts are in the demo login
-- registry (liberty-config/auth/demo.xml). Production registers its partners through the Beheer page.
insert into signal_partner (id, version, account, organisation, partner_type, active) values
    ('7c1e6a4e-0000-4000-8000-0000000000a1', 0, 'woonzaam', 'Woonzaam', 'HUUR', true),
    ('7c1e6a4e-0000-4000-8000-0000000000a2', 0, 'zaanstroom', 'ZaanStroom Energie', 'ENERGIE', true)
on conflict (account) do update set active = true, version = signal_partner.version + 1;
