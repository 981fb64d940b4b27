-- Privacy rights (issue 3 §8): erasure as anonymisation, retention per data category, ids for the configurable lists,
-- and the timeline of services other modules report. See docs/adr/010-privacy-rights.md.

-- An anonymised person keeps the row (so the person still counts as reached in past periods) but no name: the rule
-- "a first name or a nickname" holds for everyone else.
do $$
declare
    name_rule text;
begin
    select conname into name_rule from pg_constraint
    where conrelid = 'people.person'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%first_name <> %nickname <> %';
    execute format('alter table people.person drop constraint %I', name_rule);
end $$;
alter table people.person add column anonymised_at timestamptz;
-- what reports may still use after anonymisation: the ten-year band of the birth year (e.g. 1970 for 1971)
alter table people.person add column birth_decade smallint check (birth_decade is null or birth_decade % 10 = 0);
alter table people.person add constraint person_named check (anonymised_at is not null or first_name <> '' or nickname <> '');
alter table people.person add constraint person_anonymous check (anonymised_at is null
    or (first_name = '' and last_name = '' and nickname = '' and birth_year is null and birth_date is null and phone = ''
        and email = '' and address = '' and note = '' and found_via = ''));

-- Retention per digibank and data category: how many months after the last contact the data go. Without a row the
-- defaults of RetentionPolicies apply.
create table people.retention_policy (
    id          uuid primary key,
    digibank_id uuid not null,
    category    text not null check (category in ('IDENTITY', 'CONTACT', 'NOTE')),
    months      int  not null check (months between 1 and 240),
    changed_by  uuid not null,
    changed_at  timestamptz not null,
    unique (digibank_id, category)
);

-- The configurable lists get an identifier of their own, so one entry can be changed through a URL.
alter table people.target_group add column id uuid not null default gen_random_uuid();
alter table people.target_group add constraint target_group_id unique (id);
alter table people.proof_type add column id uuid not null default gen_random_uuid();
alter table people.proof_type add constraint proof_type_id unique (id);

-- What a person received, reported by other modules through PeopleRegister.recordService (issue 3 §7).
create table people.person_service (
    id          uuid primary key,
    digibank_id uuid        not null,
    person_id   uuid        not null,
    service     text        not null check (service ~ '^[A-Z_]{2,40}$'),
    summary     text        not null default '' check (length(summary) <= 300),
    partner_id  uuid,
    occurred_at timestamptz not null,
    foreign key (person_id, digibank_id) references people.person (id, digibank_id) on delete cascade
);
create index person_service_by_person on people.person_service (person_id, occurred_at desc);

grant select, insert, update, delete on all tables in schema people to ${app_role};
