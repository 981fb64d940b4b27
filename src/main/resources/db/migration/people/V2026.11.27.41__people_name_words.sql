-- Fast name search at a million persons (docs/people-benchmark.md). A trigram index over whole name keys reads every
-- row sharing a trigram with the query (GIN) or walks most of the tree (GiST KNN): 100-600 ms at 1,000,000 persons.
-- Instead: a small dictionary of the words of the name keys per digibank (a few thousand words), where the words near
-- each typed word are found (trigram similarity or an edit distance of 1-2), and an index on the words of each key,
-- so that a search reads only the people who have a near word for every typed word; those are ranked by similarity.
create extension if not exists fuzzystrmatch;

create table people.name_word (
    digibank_id uuid not null,
    word        text not null,
    primary key (digibank_id, word)
);
create index name_word_trgm on people.name_word using gin (word gin_trgm_ops);
create index name_word_by_start on people.name_word (digibank_id, left(word, 1), length(word));

create index person_name_words on people.person using gin ((string_to_array(name_key, ' ')));

-- Statement-level triggers, so a bulk insert adds each new word once. Words are never personal data on their own;
-- words no one has any more stay (harmless: they match nobody).
create function people.remember_name_words() returns trigger
    language plpgsql as $$
begin
    insert into people.name_word (digibank_id, word)
    select distinct digibank_id, word from changed, unnest(string_to_array(name_key, ' ')) as word
    where word <> ''
    on conflict do nothing;
    return null;
end $$;

create trigger person_name_words_insert after insert on people.person
    referencing new table as changed for each statement execute function people.remember_name_words();
create trigger person_name_words_update after update on people.person
    referencing new table as changed for each statement execute function people.remember_name_words();

insert into people.name_word (digibank_id, word)
select distinct digibank_id, word from people.person, unnest(string_to_array(name_key, ' ')) as word where word <> ''
on conflict do nothing;

grant select, insert, update, delete on people.name_word to ${app_role};
grant execute on all functions in schema people to ${app_role};
