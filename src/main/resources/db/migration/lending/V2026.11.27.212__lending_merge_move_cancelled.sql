-- A merge cancels the merged person's request where the survivor waited for the same kind of device; the ledger marks
-- it, so that undoing the merge puts the request back in the queue (at its old place: the queue orders by requested_at).
alter table lending.merge_move add column cancelled_by_merge boolean not null default false;
