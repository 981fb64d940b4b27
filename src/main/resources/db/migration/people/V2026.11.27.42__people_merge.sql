-- Merging duplicate records: the merged record stays (marked), its history moves to the survivor, and what moved is
-- stored so that a coordinator can undo the merge within the configured time (digibank.people.merge-undo-window).
alter table people.person
    add column merged_into uuid,
    add column merged_at timestamptz,
    add check (merged_into is null or merged_into <> id),
    add check ((merged_into is null) = (merged_at is null)),
    add foreign key (merged_into, digibank_id) references people.person (id, digibank_id);

create table people.person_merge (
    id          uuid primary key,
    digibank_id uuid        not null,
    survivor_id uuid        not null,
    merged_id   uuid        not null,
    score       int         not null check (score between 0 and 100),
    merged_by   uuid        not null,
    merged_at   timestamptz not null,
    -- the rows that moved, per table: {"eligibility_proof": [ids], "consent": [ids], ..., "person_target_group": [codes]}
    moved       jsonb       not null,
    undone_by   uuid,
    undone_at   timestamptz,
    check ((undone_by is null) = (undone_at is null)),
    check (survivor_id <> merged_id),
    foreign key (survivor_id, digibank_id) references people.person (id, digibank_id),
    foreign key (merged_id, digibank_id) references people.person (id, digibank_id)
);
-- a record is merged at most once at a time: the database's own answer to two coordinators merging at once
create unique index person_merge_open on people.person_merge (merged_id) where undone_at is null;
create index person_merge_by_digibank on people.person_merge (digibank_id, merged_at desc);
create index person_merge_by_survivor on people.person_merge (survivor_id) where undone_at is null;

grant select, insert, update, delete on people.person_merge to ${app_role};
