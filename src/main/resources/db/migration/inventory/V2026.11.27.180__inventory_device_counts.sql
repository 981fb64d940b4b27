-- Stock counts at scale (see docs/adr/016-device-evidence-and-import.md, "Count table").
-- The stock overview and the counts above the device list read this table instead of aggregating every device row.
-- Writers never update a count: every statement on inventory.device adds delta rows (+n for the new key, -n for the
-- old one) from its transition tables, so concurrent moves never wait for each other on a hot count row and cannot
-- deadlock on it; the counts are exact in every snapshot because the deltas commit with the change itself.
-- DeviceCountCompaction folds the deltas of a digibank into one row per key now and then (readers sum either way).
create table inventory.device_count (
    digibank_id     uuid    not null,
    location_id     uuid,
    category        text    not null,
    state           text    not null,
    condition_grade text,
    devices         bigint  not null,
    delta           boolean not null default true
);
create index device_count_digibank on inventory.device_count (digibank_id);
create index device_count_delta on inventory.device_count (digibank_id) where delta;

insert into inventory.device_count (digibank_id, location_id, category, state, condition_grade, devices, delta)
select digibank_id, location_id, category, state, condition_grade, count(*), false
  from inventory.device group by digibank_id, location_id, category, state, condition_grade;

create function inventory.device_count_inserted() returns trigger language plpgsql as $$
begin
    insert into inventory.device_count (digibank_id, location_id, category, state, condition_grade, devices)
    select digibank_id, location_id, category, state, condition_grade, count(*)
      from new_devices group by digibank_id, location_id, category, state, condition_grade;
    return null;
end
$$;

-- Most updates (specs, version, state_since) keep the key: their +1 and -1 cancel out and nothing is written.
create function inventory.device_count_updated() returns trigger language plpgsql as $$
begin
    insert into inventory.device_count (digibank_id, location_id, category, state, condition_grade, devices)
    select digibank_id, location_id, category, state, condition_grade, sum(change)
      from (select digibank_id, location_id, category, state, condition_grade, -1 as change from old_devices
            union all
            select digibank_id, location_id, category, state, condition_grade, 1 from new_devices) changes
     group by digibank_id, location_id, category, state, condition_grade
    having sum(change) <> 0;
    return null;
end
$$;

create function inventory.device_count_deleted() returns trigger language plpgsql as $$
begin
    insert into inventory.device_count (digibank_id, location_id, category, state, condition_grade, devices)
    select digibank_id, location_id, category, state, condition_grade, -count(*)
      from old_devices group by digibank_id, location_id, category, state, condition_grade;
    return null;
end
$$;

create trigger device_count_insert after insert on inventory.device
    referencing new table as new_devices for each statement execute function inventory.device_count_inserted();
create trigger device_count_update after update on inventory.device
    referencing old table as old_devices new table as new_devices for each statement execute function inventory.device_count_updated();
create trigger device_count_delete after delete on inventory.device
    referencing old table as old_devices for each statement execute function inventory.device_count_deleted();

-- The device list pages by asset tag (keyset) within these filters, reading only the rows of one page.
create index device_category_tag on inventory.device (digibank_id, category, asset_tag);
create index device_state_category_tag on inventory.device (digibank_id, state, category, asset_tag);
create index device_location_tag on inventory.device (digibank_id, location_id, asset_tag);
