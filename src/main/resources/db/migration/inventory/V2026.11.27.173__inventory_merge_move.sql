-- What inventory moved to the survivor when two person records were merged (PersonsMerged): who our devices reached
-- (device_person, by loan ID) and repairs of the person's own devices. Undoing the merge (PersonsUnmerged) moves exactly
-- those back; records made for the survivor after the merge stay (ADR 018).
create table inventory.merge_move (
    digibank_id uuid        not null,
    merged_id   uuid        not null,
    survivor_id uuid        not null,
    table_name  text        not null check (table_name in ('device_person', 'repair')),
    row_id      uuid        not null,
    moved_at    timestamptz not null default now(),
    primary key (merged_id, table_name, row_id)
);
create index merge_move_survivor on inventory.merge_move (digibank_id, survivor_id);

grant select, insert, update, delete on inventory.merge_move to ${app_role};
