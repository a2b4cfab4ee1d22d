-- Signal partners become a register the administrator keeps (GET/POST/PUT /api/v1/signal-partners): an id to address
-- a partner by, an optimistic version and whether it is active (an inactive partner's account is refused). The
-- account stays unique: it is the login name or OIDC client id the partner's system authenticates with.
alter table signal_batch drop constraint signal_batch_partner_account_fkey;
alter table signal_partner drop constraint signal_partner_pkey;
alter table signal_partner add column id uuid;
alter table signal_partner add column version bigint not null default 0;
alter table signal_partner add column active boolean not null default true;
update signal_partner set id = gen_random_uuid();
alter table signal_partner alter column id set not null;
alter table signal_partner add primary key (id);
alter table signal_partner add constraint signal_partner_account_unique unique (account);
alter table signal_partner add constraint signal_partner_type_known check (partner_type in ('ENERGIE', 'HUUR',
    'HYPOTHEEK', 'CAK_ZORGVERZEKERINGEN', 'ZORG', 'WATER', 'DUO', 'BELASTINGDIENST', 'CAK_EIGEN_BIJDRAGE', 'OVERIGE',
    'DIENST_TOESLAGEN'));
alter table signal_batch add constraint signal_batch_partner_account_fkey foreign key (partner_account)
    references signal_partner (account);

-- The demo partners of V007 do not belong in production: they go where nothing refers to them. Where signals or
-- uploads do (a database that ran as a demo), they stay for those rows but are switched off; in demo mode
-- db/demo/R__demo_signal_partners.sql (re)creates and switches them on.
update signal_partner p set active = false
 where p.account in ('woonzaam', 'zaanstroom')
   and (exists (select 1 from signal s where s.partner_account = p.account)
        or exists (select 1 from signal_batch b where b.partner_account = p.account));
delete from signal_partner p
 where p.account in ('woonzaam', 'zaanstroom')
   and not exists (select 1 from signal s where s.partner_account = p.account)
   and not exists (select 1 from signal_batch b where b.partner_account = p.account);
