-- What lending moved to the survivor when two person records were merged (PersonsMerged), one row per moved record, so
-- that undoing the merge (PersonsUnmerged) moves exactly those records back; records made for the survivor after the
-- merge stay with it (ADR 018). The rows of a merge are deleted when it is undone.
create table lending.merge_move (
    digibank_id uuid        not null,
    merged_id   uuid        not null,
    survivor_id uuid        not null,
    table_name  text        not null check (table_name in ('loan', 'borrower_block', 'request', 'offer', 'reservation')),
    row_id      uuid        not null,
    moved_at    timestamptz not null default now(),
    primary key (merged_id, table_name, row_id)
);
create index merge_move_survivor on lending.merge_move (digibank_id, survivor_id);

grant select, insert, update, delete on lending.merge_move to ${app_role};
