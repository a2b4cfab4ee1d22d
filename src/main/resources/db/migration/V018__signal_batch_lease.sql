-- A monthly list's import is held by one run at a time, across all nodes: the run that started it (run_id, the node
-- it runs on) holds a lease that every committed chunk renews. A run whose lease has expired (its node died) is taken
-- over by a live node; a run that lost its lease can no longer count a chunk, finish or fail the batch.
alter table signal_batch add column run_id uuid;
alter table signal_batch add column run_node varchar(200);
alter table signal_batch add column lease_until timestamptz;
