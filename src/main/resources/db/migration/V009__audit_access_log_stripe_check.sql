-- An access-log entry's stripe is one of the 16 chains (AccessLog.STRIPES). A foreign key to access_log_chain said
-- the same at the cost of a key-share lock on the chain row for every entry (a monthly signal list writes ~150,000);
-- the writer holds that row locked for update anyway, and the hash-chain verification checks every link.
alter table access_log drop constraint access_log_stripe_fkey;
alter table access_log add constraint access_log_stripe_known check (stripe between 0 and 15);
