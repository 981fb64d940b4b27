-- The name search reads three GIN indexes. By default GIN keeps new entries in an unsorted pending list of up to 4 MB
-- that every search scans in full until (auto)vacuum merges it: measured at a million persons, a search with 70,000
-- pending entries took 105 ms, the same search after the merge 2.8 ms. A 64 kB list (the smallest allowed) is merged by
-- the registering transaction itself once full, so a search never scans more than a few hundred entries; registering
-- one person stays cheap, and a bulk load still inserts in batches.
alter index people.person_name_words set (gin_pending_list_limit = 64);
alter index people.person_name_key_trgm set (gin_pending_list_limit = 64);
alter index people.name_word_trgm set (gin_pending_list_limit = 64);

select gin_clean_pending_list('people.person_name_words'::regclass);
select gin_clean_pending_list('people.person_name_key_trgm'::regclass);
select gin_clean_pending_list('people.name_word_trgm'::regclass);
