-- The device's "in this state since" is now set by the move's own update of the device (DeviceRepository.updateLifecycle),
-- with the time of its history line, instead of by a trigger on device_event that updated the device row a second time
-- (a second row version, its index entries, and a second run of the device count trigger on every move: see
-- docs/adr/019-lending-throughput.md). A writer that changes the state without setting state_since still gets it right:
-- the BEFORE trigger below dates the state in the same row version, and only runs when the update left state_since as it
-- was (the WHEN clause is checked without calling the function, so the application's moves pay nothing for it).
drop trigger device_event_state_since on inventory.device_event;
drop function inventory.device_state_since();

create function inventory.device_state_dated() returns trigger language plpgsql as $$
begin
    new.state_since := now();
    return new;
end
$$;
create trigger device_state_dated before update of state on inventory.device
    for each row when (new.state is distinct from old.state and new.state_since is not distinct from old.state_since)
    execute function inventory.device_state_dated();
grant execute on function inventory.device_state_dated() to ${app_role};
