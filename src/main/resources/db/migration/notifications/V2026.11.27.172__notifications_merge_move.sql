-- What notifications moved to the survivor when two person records were merged (PersonsMerged): messages by ID, and
-- the person's channel preference (row_id = the merged person's ID, as the preference has no ID of its own). Undoing the
-- merge (PersonsUnmerged) moves exactly those back; messages sent to the survivor after the merge stay (ADR 018).
create table notifications.merge_move (
    digibank_id uuid        not null,
    merged_id   uuid        not null,
    survivor_id uuid        not null,
    table_name  text        not null check (table_name in ('outbox_message', 'person_preference')),
    row_id      uuid        not null,
    moved_at    timestamptz not null default now(),
    primary key (merged_id, table_name, row_id)
);
create index merge_move_survivor on notifications.merge_move (digibank_id, survivor_id);

grant select, insert, update, delete on notifications.merge_move to ${app_role};
