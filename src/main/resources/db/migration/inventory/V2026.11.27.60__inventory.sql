-- The device bank: donors, donations, devices with their lifecycle history, and data sanitisation evidence.
-- Other modules' records (digibank, location, partner, staff account) are referred to by ID only.
create schema inventory;
grant usage on schema inventory to ${app_role};
alter default privileges in schema inventory grant select, insert, update, delete on tables to ${app_role};

create table inventory.donor (
    id               uuid primary key,
    digibank_id      uuid        not null,
    kind             text        not null check (kind in ('COMPANY', 'PUBLIC_BODY', 'ORGANISATION', 'CITIZEN')),
    name             text        not null check (length(name) between 1 and 200),
    contact_name     text        not null default '' check (length(contact_name) <= 200),
    contact_email    text        not null default '' check (length(contact_email) <= 200),
    contact_phone    text        not null default '' check (length(contact_phone) <= 50),
    thanks_consent   boolean     not null default false,
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    unique (id, digibank_id)
);
create index donor_digibank on inventory.donor (digibank_id, lower(name));

create table inventory.donation (
    id                uuid primary key,
    digibank_id       uuid        not null,
    donor_id          uuid        not null,
    received_on       date        not null,
    count_announced   int         not null default 0 check (count_announced between 0 and 100000),
    count_received    int         not null default 0 check (count_received between 0 and 100000),
    collection_point  text        not null default '' check (length(collection_point) <= 200),
    custody_note      text        not null default '' check (length(custody_note) <= 2000),
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    foreign key (donor_id, digibank_id) references inventory.donor (id, digibank_id),
    unique (id, digibank_id)
);
create index donation_digibank on inventory.donation (digibank_id, received_on desc);

-- The next number of the human-readable asset tag (DB-000123), one counter per digibank.
create table inventory.asset_tag_sequence (
    digibank_id uuid primary key,
    last_value  bigint not null check (last_value > 0)
);

create table inventory.device (
    id                     uuid primary key,
    digibank_id            uuid        not null,
    asset_tag              text        not null check (asset_tag ~ '^DB-[0-9]{6,}$'),
    category               text        not null check (category in ('LAPTOP', 'DESKTOP', 'TABLET', 'SMARTPHONE', 'MONITOR',
                                                                    'MIFI', 'DATA_SIM', 'ACCESSORY', 'OTHER')),
    make                   text        not null default '' check (length(make) <= 100),
    model                  text        not null default '' check (length(model) <= 100),
    serial                 text        check (serial is null or length(serial) between 1 and 100),
    cpu                    text        not null default '' check (length(cpu) <= 100),
    ram_gb                 int         check (ram_gb between 0 and 1024),
    storage_type           text        check (storage_type in ('HDD', 'SSD', 'NVME', 'EMMC', 'NONE')),
    storage_gb             int         check (storage_gb between 0 and 100000),
    screen                 text        not null default '' check (length(screen) <= 100),
    battery_health_percent int         check (battery_health_percent between 0 and 100),
    os                     text        not null default '' check (length(os) <= 100),
    condition_grade        text        check (condition_grade in ('A', 'B', 'C')),
    triage                 text        not null check (triage in ('REUSABLE', 'PARTS_ONLY', 'E_WASTE')),
    location_id            uuid,
    owner_partner_id       uuid,
    donation_id            uuid,
    replacement_value_cents bigint     not null default 0 check (replacement_value_cents >= 0),
    state                  text        not null check (state in ('RECEIVED', 'SANITISED', 'REFURBISHING', 'QUALITY_CHECKED',
                                                                 'AVAILABLE', 'RESERVED', 'ON_LOAN', 'RETURNED', 'IN_REPAIR',
                                                                 'RETIRED', 'RECYCLED', 'GIVEN_AWAY', 'SOLD_FOR_PARTS')),
    state_before_repair    text,
    holder_cycle           int         not null default 1 check (holder_cycle >= 1),
    version                int         not null default 0,
    created_at             timestamptz not null default now(),
    check ((state = 'IN_REPAIR') = (state_before_repair is not null)),
    foreign key (donation_id, digibank_id) references inventory.donation (id, digibank_id),
    unique (id, digibank_id)
);
create unique index device_asset_tag_unique on inventory.device (digibank_id, asset_tag);
create unique index device_serial_unique on inventory.device (digibank_id, lower(serial)) where serial is not null;
create index device_state on inventory.device (digibank_id, state);
create index device_donation on inventory.device (donation_id);

-- Every move of a device from one state to another: who, when and why.
create table inventory.device_event (
    id          uuid primary key,
    digibank_id uuid        not null,
    device_id   uuid        not null,
    from_state  text,
    to_state    text        not null,
    reason      text        not null default '' check (length(reason) <= 500),
    actor_id    uuid,
    actor_name  text        not null default '',
    occurred_at timestamptz not null,
    foreign key (device_id, digibank_id) references inventory.device (id, digibank_id)
);
create index device_event_device on inventory.device_event (device_id, occurred_at);

-- Evidence of data sanitisation (NIST SP 800-88) per storage medium, for one holder cycle of the device.
create table inventory.sanitisation (
    id            uuid primary key,
    digibank_id   uuid        not null,
    device_id     uuid        not null,
    holder_cycle  int         not null check (holder_cycle >= 1),
    medium        text        not null check (length(medium) between 1 and 200),
    method        text        not null check (method in ('CLEAR', 'PURGE', 'DESTROY')),
    technique     text        not null check (technique in ('OVERWRITE', 'BLOCK_ERASE', 'CRYPTO_ERASE', 'SANITIZE_COMMAND',
                                                            'FACTORY_RESET', 'PHYSICAL_DESTRUCTION')),
    tool          text        not null check (length(tool) between 1 and 200),
    tool_version  text        not null default '' check (length(tool_version) <= 100),
    operator_name text        not null check (length(operator_name) between 1 and 200),
    operator_id   uuid,
    performed_on  date        not null,
    result        text        not null check (result in ('PASSED', 'FAILED')),
    verification  text        not null default '' check (length(verification) <= 1000),
    recorded_at   timestamptz not null,
    foreign key (device_id, digibank_id) references inventory.device (id, digibank_id)
);
create index sanitisation_device on inventory.sanitisation (device_id, holder_cycle);
