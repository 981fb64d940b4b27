-- How many people of the digibank have each word of the dictionary, so that a search can tell a rare word from a common
-- one before reading anybody (ADR 012: a two-word search of which the person has one word ranks the people with that
-- word only when few have it). Kept by the statement-level triggers that keep the dictionary: a count changes only
-- when a name does, in word order so that two registrations at once never wait on each other in a circle. Merged
-- records keep counting (an upper bound is all the search needs).
alter table people.name_word add column people int not null default 0 check (people >= 0);

update people.name_word w set people = counted.people
from (select digibank_id, word, count(*) as people
      from people.person, unnest(string_to_array(name_key, ' ')) as word where word <> '' group by digibank_id, word) counted
where w.digibank_id = counted.digibank_id and w.word = counted.word;

create function people.count_name_word(digibank uuid, counted_word text, delta int) returns void
    language sql as $$
    insert into people.name_word as w (digibank_id, word, people) values (digibank, counted_word, greatest(delta, 0))
    on conflict (digibank_id, word) do update set people = greatest(w.people + delta, 0);
$$;

create or replace function people.remember_name_words() returns trigger
    language plpgsql as $$
declare
    changed_word record;
begin
    if tg_op = 'INSERT' then
        insert into people.name_word as w (digibank_id, word, people)
        select digibank_id, word, count(*) from changed, unnest(string_to_array(name_key, ' ')) as word
        where word <> '' group by digibank_id, word order by digibank_id, word
        on conflict (digibank_id, word) do update set people = w.people + excluded.people;
        return null;
    end if;
    -- an update or delete: only words whose count changes, one by one in word order (a name changes rarely; a nightly
    -- anonymisation of many people loops over their words once). A delete has no new rows to count.
    if tg_op = 'UPDATE' then
        for changed_word in
            select digibank_id, word, sum(delta) as delta from (
                select digibank_id, word, 1 as delta from changed, unnest(string_to_array(name_key, ' ')) as word where word <> ''
                union all
                select digibank_id, word, -1 from before, unnest(string_to_array(name_key, ' ')) as word where word <> ''
            ) deltas group by digibank_id, word having sum(delta) <> 0 order by digibank_id, word
        loop
            perform people.count_name_word(changed_word.digibank_id, changed_word.word, changed_word.delta::int);
        end loop;
    else
        for changed_word in
            select digibank_id, word, -count(*) as delta from before, unnest(string_to_array(name_key, ' ')) as word
            where word <> '' group by digibank_id, word order by digibank_id, word
        loop
            perform people.count_name_word(changed_word.digibank_id, changed_word.word, changed_word.delta::int);
        end loop;
    end if;
    return null;
end $$;

drop trigger person_name_words_update on people.person;
create trigger person_name_words_update after update on people.person
    referencing old table as before new table as changed for each statement execute function people.remember_name_words();
create trigger person_name_words_delete after delete on people.person
    referencing old table as before for each statement execute function people.remember_name_words();

grant execute on function people.count_name_word(uuid, text, int) to ${app_role};
