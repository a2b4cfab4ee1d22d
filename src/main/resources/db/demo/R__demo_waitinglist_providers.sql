-- Demo mode only (auth.mode=demo): a few care providers to refer to (issue 17), with invented AGB codes starting with
-- 0 (real ones are kept in the Vektis AGB register). Production registers its providers through the Beheer page.
insert into waitinglist_provider (id, name, agb_code, active) values
    ('7c1e6a4e-0000-4000-8000-0000000000b1', 'Jeugdhulp Zaanstreek', '01000001', true),
    ('7c1e6a4e-0000-4000-8000-0000000000b2', 'Kinder- en jeugdpsychiatrie De Zaan', '01000002', true),
    ('7c1e6a4e-0000-4000-8000-0000000000b3', 'Thuiszorg Zaandam', '01000003', true),
    ('7c1e6a4e-0000-4000-8000-0000000000b4', 'Dagbesteding De Werkplaats', '01000004', true),
    ('7c1e6a4e-0000-4000-8000-0000000000b5', 'Schuldhulp Zaanstad', '01000005', true)
on conflict (agb_code) do nothing;
