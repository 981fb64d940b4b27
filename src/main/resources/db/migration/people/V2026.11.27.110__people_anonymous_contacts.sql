-- A help contact with someone who is not (or does not want to be) registered. It counts as a contact, never as a
-- unique person, and holds nothing that identifies anyone: no name, no contact details, no free text.
create table people.anonymous_contact (
    id                    uuid primary key,
    digibank_id           uuid        not null,
    partner_id            uuid,
    service               text        not null check (service in ('GUIDANCE', 'TRAINING', 'LENDING')),
    topics                text        not null default '' check (topics ~ '^[A-Z_,]*$' and length(topics) <= 400),
    age_band              text        not null default 'NOT_GIVEN' check (age_band in ('NOT_GIVEN', 'UNDER_18', 'FROM_18_TO_29',
                                          'FROM_30_TO_49', 'FROM_50_TO_64', 'FROM_65_TO_79', 'FROM_80')),
    gender                text        not null default 'NOT_GIVEN' check (gender in ('NOT_GIVEN', 'FEMALE', 'MALE', 'X')),
    postcode              text        not null default 'OTHER' check (postcode ~ '^([0-9]{4}|OTHER)$'),
    declined_registration boolean     not null default false,
    contacted_on          date        not null,
    recorded_by           uuid        not null,
    recorded_at           timestamptz not null
);
create index anonymous_contact_by_day on people.anonymous_contact (digibank_id, contacted_on desc);

-- Pairs a coordinator looked at and found to be two different people: the duplicates screen stops showing them.
create table people.distinct_pair (
    digibank_id  uuid        not null,
    first        uuid        not null,
    second       uuid        not null,
    dismissed_by uuid        not null,
    dismissed_at timestamptz not null,
    primary key (first, second),
    check (first < second)
);

grant select, insert, update, delete on people.anonymous_contact, people.distinct_pair to ${app_role};
