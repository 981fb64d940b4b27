-- Kits: devices that go out together (laptop + charger + bag + MiFi), with their own code (KIT-00012).
create table inventory.kit_code_sequence (
    digibank_id uuid primary key,
    last_value  bigint not null check (last_value > 0)
);

create table inventory.kit (
    id          uuid primary key,
    digibank_id uuid        not null,
    code        text        not null check (code ~ '^KIT-[0-9]{5,}$'),
    name        text        not null default '' check (length(name) <= 200),
    created_at  timestamptz not null,
    unique (id, digibank_id)
);
create unique index kit_code_unique on inventory.kit (digibank_id, code);

-- A device is in at most one kit: the primary key on device_id decides when two people add it at once.
create table inventory.kit_item (
    device_id   uuid primary key,
    kit_id      uuid        not null,
    digibank_id uuid        not null,
    added_at    timestamptz not null,
    foreign key (kit_id, digibank_id) references inventory.kit (id, digibank_id),
    foreign key (device_id, digibank_id) references inventory.device (id, digibank_id)
);
create index kit_item_kit on inventory.kit_item (kit_id);
