-- The data plan of a device (a data SIM, a MiFi, or any device with a SIM): provider, number, allowance, valid until.
create table inventory.data_plan (
    device_id         uuid primary key,
    digibank_id       uuid          not null,
    provider          text          not null check (length(trim(provider)) between 1 and 100),
    phone_number      text          not null default '' check (length(phone_number) <= 30),
    data_allowance_gb numeric(6, 2) check (data_allowance_gb >= 0),
    valid_until       date          not null,
    version           int           not null default 0,
    foreign key (device_id, digibank_id) references inventory.device (id, digibank_id)
);
create index data_plan_expiry on inventory.data_plan (digibank_id, valid_until);
