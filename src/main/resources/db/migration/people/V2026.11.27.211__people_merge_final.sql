-- A merge becomes final when its undo window has passed: the list of what moved is no longer needed (an undo is no
-- longer possible), so it is emptied, and the other modules delete their ledgers of it (PersonsMergeBecameFinal).
alter table people.person_merge
    add column final_at timestamptz,
    add check (final_at is null or undone_at is null);
create index person_merge_not_final on people.person_merge (merged_at) where undone_at is null and final_at is null;
