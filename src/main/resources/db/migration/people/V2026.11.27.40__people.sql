-- The people register: one record per person reached, eligibility proofs (never a copy), rules and overrides,
-- consents with history, and referrals. No national register number, anywhere.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create schema people;
grant usage on schema people to ${app_role};
alter default privileges in schema people grant select, insert, update, delete on tables to ${app_role};

-- unaccent(text) is only STABLE (it depends on the search path); with the dictionary named explicitly the result
-- depends on the input alone, so this wrapper may be IMMUTABLE and used in a generated column and an index.
create function people.fold(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

-- The matching key of a name: accents folded, lower case, punctuation removed, Dutch particles glued to the name
-- that follows ("Van der Berg" and "Vanderberg" both become "vanderberg"), and the words sorted so that a swapped
-- first and last name gives the same key. NameKey.java does the same in Java (a test keeps them equal).
create function people.name_key(first_name text, last_name text, nickname text) returns text
    language sql immutable parallel safe
    return array_to_string(array(
        select word
        from unnest(regexp_split_to_array(
            regexp_replace(
                trim(regexp_replace(people.fold(
                    case when coalesce(first_name, '') = '' and coalesce(last_name, '') = '' then coalesce(nickname, '')
                         else coalesce(first_name, '') || ' ' || coalesce(last_name, '') end),
                    '[[:space:][:punct:]’‘´]+', ' ', 'g')),
                '\m(van|von|de|der|den|di|du|da|del|le|la|ten|ter|te|d|vd|v)\s+', '\1', 'g'),
            '\s+')) as word
        where word <> ''
        order by word), ' ');

create table people.person (
    id              uuid primary key,
    digibank_id     uuid        not null,
    first_name      text        not null default '' check (length(first_name) <= 100),
    last_name       text        not null default '' check (length(last_name) <= 100),
    nickname        text        not null default '' check (length(nickname) <= 100),
    birth_year      smallint check (birth_year between 1900 and 2100),
    birth_date      date check (birth_date is null or extract(year from birth_date) = birth_year),
    gender          text        not null default 'NOT_GIVEN' check (gender in ('FEMALE', 'MALE', 'X', 'NOT_GIVEN')),
    postcode        text        not null check (postcode ~ '^[1-9][0-9]{3}$' or postcode = 'OTHER'),
    language        text        not null default 'nl' check (language ~ '^[a-z]{2,3}$|^other$'),
    phone           text        not null default '' check (phone = '' or phone ~ '^\+[0-9]{8,15}$'),
    email           text        not null default '' check (length(email) <= 200 and email = lower(email)),
    address         text        not null default '' check (length(address) <= 300),
    no_contact      boolean     not null default false,
    found_via       text        not null default '' check (length(found_via) <= 40),
    devices         text        not null default '' check (devices ~ '^[A-Z_,]*$'),
    note            text        not null default '' check (length(note) <= 2000),
    name_key        text generated always as (people.name_key(first_name, last_name, nickname)) stored,
    registered_by   uuid,
    registered_at   timestamptz not null default now(),
    version         int         not null default 0,
    check (first_name <> '' or nickname <> ''),
    unique (id, digibank_id)
);
create index person_name_key_trgm on people.person using gin (name_key gin_trgm_ops);
create index person_by_digibank on people.person (digibank_id, registered_at desc);
create index person_by_phone on people.person (digibank_id, phone) where phone <> '';
create index person_by_email on people.person (digibank_id, email) where email <> '';

-- Configurable lists: rows without a digibank are the platform defaults (labels come from the message bundles);
-- a digibank with rows of its own uses those instead.
create table people.target_group (
    digibank_id uuid,
    code        text    not null check (code ~ '^[A-Z_]{2,40}$'),
    label       text    not null default '' check (length(label) <= 100),
    sensitive   boolean not null default false,
    position    int     not null default 0,
    active      boolean not null default true
);
create unique index target_group_unique on people.target_group (coalesce(digibank_id, '00000000-0000-0000-0000-000000000000'), code);
insert into people.target_group (code, sensitive, position) values
    ('JOB_SEEKER', false, 1), ('LOW_INCOME', true, 2), ('NEWCOMER', false, 3), ('SENIOR_ALONE', false, 4),
    ('LOW_LITERACY', true, 5), ('DISABILITY', true, 6), ('YOUNG_ADULT', false, 7), ('OTHER', false, 8);

create table people.person_target_group (
    person_id uuid not null references people.person (id) on delete cascade,
    code      text not null,
    primary key (person_id, code)
);

create table people.proof_type (
    digibank_id uuid,
    code        text    not null check (code ~ '^[A-Z_]{2,40}$'),
    label       text    not null default '' check (length(label) <= 100),
    position    int     not null default 0,
    active      boolean not null default true
);
create unique index proof_type_unique on people.proof_type (coalesce(digibank_id, '00000000-0000-0000-0000-000000000000'), code);
insert into people.proof_type (code, position) values
    ('INCREASED_REIMBURSEMENT', 1), ('SOCIAL_INTEGRATION_INCOME', 2), ('UITPAS_REDUCED_RATE', 3), ('INCOME_GUARANTEE_ELDERLY', 4),
    ('DEBT_MEDIATION', 5), ('INCOME_UNDER_THRESHOLD', 6), ('JOB_SEEKER', 7), ('CIVIC_INTEGRATION', 8),
    ('SOCIAL_WORKER_REFERRAL', 9), ('OTHER', 10);

-- What was seen, when, by whom and until when it is valid. Never a copy of the document.
create table people.eligibility_proof (
    id          uuid primary key,
    digibank_id uuid        not null,
    person_id   uuid        not null,
    type_code   text        not null,
    seen_on     date        not null,
    valid_until date,
    checked_by  uuid        not null,
    recorded_at timestamptz not null default now(),
    check (valid_until is null or valid_until >= seen_on),
    foreign key (person_id, digibank_id) references people.person (id, digibank_id) on delete cascade
);
create index eligibility_proof_by_person on people.eligibility_proof (person_id);
create index eligibility_proof_by_expiry on people.eligibility_proof (digibank_id, valid_until);

-- Per digibank and service; without a row the defaults apply (lending: a valid proof or a referral; the rest: nothing).
create table people.eligibility_rule (
    digibank_id uuid not null,
    service     text not null check (service in ('LENDING', 'TRAINING', 'GUIDANCE')),
    requirement text not null check (requirement in ('NOTHING', 'PROOF', 'PROOF_OR_REFERRAL')),
    primary key (digibank_id, service)
);

-- A coordinator's or social worker's decision that overrides the rules, always with a reason.
create table people.eligibility_override (
    id          uuid primary key,
    digibank_id uuid        not null,
    person_id   uuid        not null,
    service     text        not null check (service in ('LENDING', 'TRAINING', 'GUIDANCE')),
    eligible    boolean     not null,
    reason      text        not null check (length(trim(reason)) between 5 and 500),
    decided_by  uuid        not null,
    decided_at  timestamptz not null,
    valid_until date,
    foreign key (person_id, digibank_id) references people.person (id, digibank_id) on delete cascade
);
create index eligibility_override_by_person on people.eligibility_override (person_id, service, decided_at desc);

-- One row per consent given; withdrawal fills the withdrawn columns, so the history stays.
create table people.consent (
    id                uuid primary key,
    digibank_id       uuid        not null,
    person_id         uuid        not null,
    purpose           text        not null check (purpose in ('NEWSLETTER', 'SURVEYS', 'PHOTOS', 'SHARE_WITH_PARTNER')),
    partner_name      text        not null default '' check (length(partner_name) <= 200),
    channel           text        not null check (channel in ('IN_PERSON', 'PAPER', 'PHONE', 'EMAIL', 'ONLINE')),
    given_at          timestamptz not null,
    given_by          uuid        not null,
    withdrawn_at      timestamptz,
    withdrawn_by      uuid,
    withdrawn_channel text check (withdrawn_channel in ('IN_PERSON', 'PAPER', 'PHONE', 'EMAIL', 'ONLINE')),
    foreign key (person_id, digibank_id) references people.person (id, digibank_id) on delete cascade
);
create index consent_by_person on people.consent (person_id, given_at desc);
-- at most one open consent per person, purpose and partner
create unique index consent_open_unique on people.consent (person_id, purpose, partner_name) where withdrawn_at is null;

create table people.referral (
    id                  uuid primary key,
    digibank_id         uuid        not null,
    referrer_id         uuid        not null,
    referrer_partner_id uuid,
    person_name         text        not null check (length(person_name) between 1 and 200),
    contact             text        not null default '' check (length(contact) <= 200),
    postcode            text        not null default 'OTHER' check (postcode ~ '^[1-9][0-9]{3}$' or postcode = 'OTHER'),
    reason              text        not null check (length(reason) between 1 and 1000),
    service             text        not null check (service in ('DEVICE', 'TRAINING', 'GUIDANCE')),
    status              text        not null default 'REQUESTED' check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
    person_id           uuid,
    decision_note       text        not null default '' check (length(decision_note) <= 500),
    decided_by          uuid,
    decided_at          timestamptz,
    created_at          timestamptz not null,
    version             int         not null default 0,
    check (status = 'REQUESTED' or status = 'DECLINED' or person_id is not null),
    foreign key (person_id, digibank_id) references people.person (id, digibank_id)
);
create index referral_by_digibank on people.referral (digibank_id, status, created_at desc);
create index referral_by_referrer on people.referral (referrer_id, created_at desc);
create index referral_by_person on people.referral (person_id);

grant select, insert, update, delete on all tables in schema people to ${app_role};
grant execute on all functions in schema people to ${app_role};
