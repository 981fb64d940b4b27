-- Requests for a device and the waiting list, offers that hold a device for the next person, and reservations of
-- devices for a later period. Persons, devices and locations of other modules are referred to by ID only.
-- The loans part of this module creates the schema too, hence "if not exists".
create schema if not exists lending;
grant usage on schema lending to ${app_role};
alter default privileges in schema lending grant select, insert, update, delete on tables to ${app_role};

-- How a digibank orders its waiting lists and holds offers. The priority rules are data: an ordered list of rule names;
-- waiting time always breaks ties. No row means the defaults below.
create table lending.queue_setting (
    digibank_id              uuid primary key,
    priority_rules           text[]  not null default '{URGENT,JOB_SEEKER}'
                                     check (priority_rules <@ array['URGENT', 'JOB_SEEKER']::text[]),
    offer_hold_days          int     not null default 3 check (offer_hold_days between 1 and 30),
    class_set_notice_days    int     not null default 7 check (class_set_notice_days between 0 and 60),
    class_set_notice_refused boolean not null default false,
    version                  int     not null default 0
);

create table lending.request (
    id                uuid primary key,
    digibank_id       uuid        not null,
    person_id         uuid        not null,
    category          text        not null check (category in ('LAPTOP', 'TABLET', 'SMARTPHONE', 'MIFI', 'DATA_SIM')),
    location_id       uuid,
    urgency           text        not null check (urgency in ('NORMAL', 'URGENT')),
    note              text        not null default '' check (length(note) <= 1000),
    status            text        not null check (status in ('WAITING', 'OFFERED', 'ACCEPTED', 'FULFILLED', 'CANCELLED')),
    cancel_reason     text        not null default '' check (length(cancel_reason) <= 500),
    requested_by      uuid,
    requested_by_name text        not null default '',
    requested_at      timestamptz not null,
    closed_at         timestamptz,
    version           int         not null default 0,
    check ((status = 'CANCELLED') = (cancel_reason <> '')),
    unique (id, digibank_id)
);
-- A person waits at most once for each kind of device.
create unique index request_one_open_per_category on lending.request (digibank_id, person_id, category)
    where status in ('WAITING', 'OFFERED', 'ACCEPTED');
create index request_waiting on lending.request (digibank_id, category, requested_at) where status = 'WAITING';
create index request_person on lending.request (digibank_id, person_id);

-- A device held for the person of a request until held_until (inclusive). OPEN and ACCEPTED offers hold the device.
create table lending.offer (
    id              uuid primary key,
    digibank_id     uuid        not null,
    request_id      uuid        not null,
    person_id       uuid        not null,
    device_id       uuid        not null,
    category        text        not null,
    location_id     uuid,
    offered_at      timestamptz not null,
    held_until      date        not null,
    status          text        not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'FULFILLED')),
    decided_at      timestamptz,
    decided_by_name text        not null default '',
    version         int         not null default 0,
    foreign key (request_id, digibank_id) references lending.request (id, digibank_id),
    unique (id, digibank_id)
);
-- The database, not the application, guarantees that a device is held for one person at a time.
create unique index offer_one_hold_per_device on lending.offer (device_id) where status in ('OPEN', 'ACCEPTED');
create unique index offer_one_hold_per_request on lending.offer (request_id) where status in ('OPEN', 'ACCEPTED');
create index offer_request on lending.offer (digibank_id, request_id);
create index offer_open on lending.offer (held_until) where status in ('OPEN', 'ACCEPTED');

-- Devices booked for a period, for a person or for an organisation (a class set for a workshop).
create table lending.reservation (
    id                 uuid primary key,
    digibank_id        uuid        not null,
    person_id          uuid,
    organisation_name  text        not null default '' check (length(organisation_name) <= 200),
    contact            text        not null default '' check (length(contact) <= 200),
    pickup_location_id uuid        not null,
    starts_on          date        not null,
    ends_on            date        not null,
    note               text        not null default '' check (length(note) <= 1000),
    status             text        not null check (status in ('BOOKED', 'CANCELLED')),
    cancel_reason      text        not null default '' check (length(cancel_reason) <= 500),
    booked_by          uuid,
    booked_by_name     text        not null default '',
    booked_at          timestamptz not null,
    version            int         not null default 0,
    check (starts_on <= ends_on),
    check ((person_id is null) <> (organisation_name = '')),
    check ((status = 'CANCELLED') = (cancel_reason <> '')),
    unique (id, digibank_id)
);
create index reservation_period on lending.reservation (digibank_id, starts_on);
create index reservation_person on lending.reservation (digibank_id, person_id) where person_id is not null;

-- One line per booked device, with the period copied so that PostgreSQL itself refuses two bookings of the same device
-- for overlapping days (both ends included). btree_gist is created by the platform migration.
create table lending.reserved_device (
    reservation_id uuid    not null,
    digibank_id    uuid    not null,
    device_id      uuid    not null,
    starts_on      date    not null,
    ends_on        date    not null,
    cancelled      boolean not null default false,
    primary key (reservation_id, device_id),
    foreign key (reservation_id, digibank_id) references lending.reservation (id, digibank_id),
    constraint reserved_device_no_overlap exclude using gist (device_id with =, daterange(starts_on, ends_on, '[]') with &&)
        where (not cancelled)
);
create index reserved_device_device on lending.reserved_device (digibank_id, device_id) where not cancelled;

grant select, insert, update, delete on lending.queue_setting, lending.request, lending.offer, lending.reservation,
    lending.reserved_device to ${app_role};
