-- Overviews, donor impact and search at scale (see docs/adr/016-device-evidence-and-import.md).

-- Since when a device is in its current state, for "waiting per step with age": set on intake (default) and from
-- the history by a trigger on every later move, so every writer of device_event (pages, imports, lending) keeps it
-- right without knowing about it. The intake line (no from_state) needs no update: the row was just inserted.
alter table inventory.device add column state_since timestamptz;
update inventory.device d
   set state_since = coalesce((select max(e.occurred_at) from inventory.device_event e
                                where e.device_id = d.id and e.to_state = d.state), d.created_at);
alter table inventory.device alter column state_since set default now();

create function inventory.device_state_since() returns trigger language plpgsql as $$
begin
    update inventory.device set state_since = new.occurred_at
     where id = new.device_id and digibank_id = new.digibank_id and state = new.to_state;
    return null;
end
$$;
create trigger device_event_state_since after insert on inventory.device_event
    for each row when (new.from_state is not null) execute function inventory.device_state_since();

-- The stock overview groups by these columns: an index-only scan instead of reading the table.
create index device_stock on inventory.device (digibank_id, location_id, category, state, condition_grade);
-- Scan-to-open compares tags without case; the list pages filter by state and sort by tag.
create index device_tag_upper on inventory.device (digibank_id, upper(asset_tag));
create index device_state_tag on inventory.device (digibank_id, state, asset_tag);
create index device_waiting on inventory.device (digibank_id, state, state_since);
create index device_event_to_state on inventory.device_event (device_id, to_state);

-- Who a device reached: one row per loan, from lending's LoanStarted event (our own fact table: no reads of lending's
-- schema). The person is an ID only; null when an organisation borrowed.
create table inventory.device_person (
    loan_id     uuid primary key,
    digibank_id uuid not null,
    device_id   uuid not null,
    person_id   uuid,
    starts_on   date not null,
    foreign key (device_id, digibank_id) references inventory.device (id, digibank_id)
);
create index device_person_device on inventory.device_person (device_id);
create index device_person_person on inventory.device_person (digibank_id, person_id);
