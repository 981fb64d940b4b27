-- Stocktakes: what should be at a location (a snapshot taken at the start), what was scanned there, and the report.
create table inventory.stocktake (
    id             uuid primary key,
    digibank_id    uuid        not null,
    location_id    uuid        not null,
    started_by     uuid        not null,
    started_name   text        not null default '',
    started_at     timestamptz not null,
    closed_at      timestamptz,
    closed_by      uuid,
    moved_count    int         not null default 0,
    version        int         not null default 0,
    unique (id, digibank_id)
);
-- One open stocktake per location: two people starting at once get the same one.
create unique index stocktake_open_per_location on inventory.stocktake (location_id) where closed_at is null;
create index stocktake_digibank on inventory.stocktake (digibank_id, started_at desc);

create table inventory.stocktake_expected (
    stocktake_id uuid not null,
    digibank_id  uuid not null,
    device_id    uuid not null,
    primary key (stocktake_id, device_id),
    foreign key (stocktake_id, digibank_id) references inventory.stocktake (id, digibank_id)
);

-- Every scan as it was typed; a device scanned twice is one row in stocktake_found.
create table inventory.stocktake_scan (
    id           uuid primary key,
    stocktake_id uuid        not null,
    digibank_id  uuid        not null,
    code         text        not null check (length(code) between 1 and 100),
    device_id    uuid,
    scanned_by   uuid        not null,
    scanned_at   timestamptz not null,
    foreign key (stocktake_id, digibank_id) references inventory.stocktake (id, digibank_id)
);
create index stocktake_scan_stocktake on inventory.stocktake_scan (stocktake_id, scanned_at);

create table inventory.stocktake_found (
    stocktake_id uuid        not null,
    digibank_id  uuid        not null,
    device_id    uuid        not null,
    found_at     timestamptz not null,
    primary key (stocktake_id, device_id),
    foreign key (stocktake_id, digibank_id) references inventory.stocktake (id, digibank_id)
);
