-- Digibanks (tenants), their partner organisations, help points (locations) and opening hours.
create schema network;
grant usage on schema network to ${app_role};
alter default privileges in schema network grant select, insert, update, delete on tables to ${app_role};

create table network.digibank (
    id         uuid primary key,
    name       text        not null check (length(name) between 1 and 200),
    region     text        not null default '' check (length(region) <= 200),
    time_zone  text        not null default 'Europe/Brussels',
    version    int         not null default 0,
    created_at timestamptz not null default now()
);
create unique index digibank_name_unique on network.digibank (lower(name));

create table network.served_municipality (
    digibank_id uuid not null references network.digibank (id) on delete cascade,
    postcode    text not null check (postcode ~ '^[1-9][0-9]{3}$'),
    name        text not null check (length(name) between 1 and 100),
    primary key (digibank_id, postcode)
);

create table network.funding_project (
    id             uuid primary key,
    digibank_id    uuid not null references network.digibank (id) on delete cascade,
    name           text not null check (length(name) between 1 and 200),
    funding_source text not null check (length(funding_source) between 1 and 200),
    starts_on      date not null,
    ends_on        date not null,
    check (ends_on >= starts_on)
);
create unique index funding_project_name_unique on network.funding_project (digibank_id, lower(name));

create table network.partner_organisation (
    id            uuid primary key,
    digibank_id   uuid        not null references network.digibank (id),
    name          text        not null check (length(name) between 1 and 200),
    type          text        not null check (type in ('SOCIAL_SERVICES', 'LIBRARY', 'WELFARE', 'LOCAL_SERVICE_CENTRE',
                                                       'SOCIAL_ECONOMY', 'TRAINING_PROVIDER', 'NGO', 'COMPANY', 'OTHER')),
    contact_email text        not null default '' check (length(contact_email) <= 200),
    contact_phone text        not null default '' check (length(contact_phone) <= 50),
    active        boolean     not null default true,
    version       int         not null default 0,
    created_at    timestamptz not null default now(),
    unique (id, digibank_id)
);
create unique index partner_name_unique on network.partner_organisation (digibank_id, lower(name));

create table network.location (
    id                  uuid primary key,
    digibank_id         uuid        not null,
    partner_id          uuid        not null,
    name                text        not null check (length(name) between 1 and 200),
    kind                text        not null check (kind in ('FIXED', 'MOBILE', 'OUTREACH_AREA')),
    street              text        not null default '' check (length(street) <= 200),
    postcode            text        not null default '' check (postcode = '' or postcode ~ '^[1-9][0-9]{3}$'),
    municipality        text        not null default '' check (length(municipality) <= 100),
    accessibility_notes text        not null default '' check (length(accessibility_notes) <= 2000),
    public_computers    int         not null default 0 check (public_computers between 0 and 500),
    active              boolean     not null default true,
    version             int         not null default 0,
    created_at          timestamptz not null default now(),
    -- the partner must belong to the same digibank: the database refuses a cross-tenant link
    foreign key (partner_id, digibank_id) references network.partner_organisation (id, digibank_id),
    unique (id, digibank_id)
);
create unique index location_name_unique on network.location (digibank_id, lower(name));

-- Weekly recurring opening slot in local (Europe/Brussels) wall-clock time.
create table network.opening_slot (
    id           uuid primary key,
    digibank_id  uuid     not null,
    location_id  uuid     not null,
    day_of_week  smallint not null check (day_of_week between 1 and 7),
    starts_at    time     not null,
    ends_at      time     not null,
    check (ends_at > starts_at),
    foreign key (location_id, digibank_id) references network.location (id, digibank_id) on delete cascade,
    exclude using gist (location_id with =, day_of_week with =,
        int4range((extract(epoch from starts_at) / 60)::int, (extract(epoch from ends_at) / 60)::int) with &&)
);

-- Date-bound exception: a closure (whole day or hours) or an extra slot.
create table network.opening_exception (
    id          uuid primary key,
    digibank_id uuid not null,
    location_id uuid not null,
    on_date     date not null,
    kind        text not null check (kind in ('CLOSED', 'EXTRA')),
    starts_at   time,
    ends_at     time,
    reason      text not null default '' check (length(reason) <= 200),
    check ((starts_at is null and ends_at is null and kind = 'CLOSED') or (starts_at is not null and ends_at > starts_at)),
    foreign key (location_id, digibank_id) references network.location (id, digibank_id) on delete cascade
);
create index opening_exception_by_location on network.opening_exception (location_id, on_date);
