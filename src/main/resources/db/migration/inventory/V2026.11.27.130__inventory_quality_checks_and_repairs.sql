-- The workshop of the device bank (docs/adr/017-workshop-quality-repairs-stocktake.md): a quality checklist per digibank
-- and device category, quality check runs with one result per item, and repairs of our devices and of citizens' own
-- devices. Persons and staff accounts of other modules are referred to by ID only.

-- One row per digibank and category once its checklist exists; the defaults are written together with it.
create table inventory.quality_checklist (
    digibank_id uuid not null,
    category    text not null check (category in ('LAPTOP', 'DESKTOP', 'TABLET', 'SMARTPHONE', 'MONITOR', 'MIFI', 'DATA_SIM',
                                                  'ACCESSORY', 'OTHER')),
    version     int  not null default 0,
    primary key (digibank_id, category)
);

-- An item of a checklist: a default one has a code (its text comes from the message bundle), an own one a label.
create table inventory.quality_check_item (
    id                uuid primary key,
    digibank_id       uuid    not null,
    category          text    not null,
    code              text    check (code ~ '^[A-Z_]{2,40}$'),
    label             text    not null default '' check (length(label) <= 200),
    required          boolean not null default true,
    threshold_percent int     check (threshold_percent between 0 and 100),
    position          int     not null default 0,
    active            boolean not null default true,
    check (code is not null or length(trim(label)) > 0),
    foreign key (digibank_id, category) references inventory.quality_checklist (digibank_id, category)
);
create unique index quality_check_item_code on inventory.quality_check_item (digibank_id, category, code) where code is not null;
create index quality_check_item_list on inventory.quality_check_item (digibank_id, category, position);

-- Repairs: of one of our devices (device_id) or of a citizen's own device (person_id, described by text only).
create table inventory.repair (
    id                 uuid primary key,
    digibank_id        uuid        not null,
    device_id          uuid,
    person_id          uuid,
    citizen_category   text        check (citizen_category in ('LAPTOP', 'DESKTOP', 'TABLET', 'SMARTPHONE', 'MONITOR', 'MIFI',
                                                               'DATA_SIM', 'ACCESSORY', 'OTHER')),
    citizen_make_model text        not null default '' check (length(citizen_make_model) <= 200),
    problem            text        not null check (length(trim(problem)) between 1 and 2000),
    diagnosis          text        not null default '' check (length(diagnosis) <= 2000),
    technician_id      uuid,
    technician_name    text        not null default '' check (length(technician_name) <= 200),
    trainee            boolean     not null default false,
    training_track     text        not null default '' check (length(training_track) <= 200),
    minutes_spent      int         not null default 0 check (minutes_spent between 0 and 100000),
    outcome            text        check (outcome in ('FIXED', 'REPAIRABLE_LATER', 'END_OF_LIFE')),
    barrier            text        check (barrier in ('NO_PARTS', 'TOO_COSTLY', 'NO_INFORMATION', 'OTHER')),
    returned_on        date,
    opened_at          timestamptz not null,
    opened_by          uuid        not null,
    closed_at          timestamptz,
    version            int         not null default 0,
    check ((device_id is null) <> (person_id is null)),
    check (person_id is null or citizen_category is not null),
    check (coalesce(outcome = 'END_OF_LIFE', false) = (barrier is not null)),
    check ((closed_at is not null) = coalesce(outcome in ('FIXED', 'END_OF_LIFE'), false)),
    check (returned_on is null or person_id is not null),
    foreign key (device_id, digibank_id) references inventory.device (id, digibank_id),
    unique (id, digibank_id)
);
-- One open repair per device of ours: a second one would compete for the device's state.
create unique index repair_open_per_device on inventory.repair (device_id) where device_id is not null and closed_at is null;
create index repair_digibank on inventory.repair (digibank_id, opened_at desc);
create index repair_person on inventory.repair (person_id) where person_id is not null;

create table inventory.repair_part (
    id          uuid primary key,
    digibank_id uuid   not null,
    repair_id   uuid   not null,
    name        text   not null check (length(trim(name)) between 1 and 200),
    cost_cents  bigint not null check (cost_cents >= 0),
    foreign key (repair_id, digibank_id) references inventory.repair (id, digibank_id)
);
create index repair_part_repair on inventory.repair_part (repair_id);

-- A quality check run on a device in refurbishment: the outcome decides the device's next state.
create table inventory.quality_check (
    id              uuid primary key,
    digibank_id     uuid        not null,
    device_id       uuid        not null,
    holder_cycle    int         not null check (holder_cycle >= 1),
    battery_percent int         check (battery_percent between 0 and 100),
    passed          boolean     not null,
    notes           text        not null default '' check (length(notes) <= 2000),
    repair_id       uuid,
    performed_by    uuid        not null,
    performer_name  text        not null default '',
    performed_at    timestamptz not null,
    check (passed = (repair_id is null)),
    foreign key (device_id, digibank_id) references inventory.device (id, digibank_id),
    foreign key (repair_id, digibank_id) references inventory.repair (id, digibank_id)
);
create index quality_check_device on inventory.quality_check (device_id, performed_at desc);

-- The answer per item, with the item's text as it was at the time (items can be changed or removed later).
create table inventory.quality_check_result (
    quality_check_id uuid    not null references inventory.quality_check (id),
    position         int     not null,
    item_id          uuid    not null,
    code             text,
    label            text    not null default '',
    required         boolean not null,
    result           text    not null check (result in ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note             text    not null default '' check (length(note) <= 500),
    primary key (quality_check_id, item_id)
);
