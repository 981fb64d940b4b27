-- The collector's reference (Recupel pick-up or container) of a device that went to recycling: the proof of where it
-- went, kept on the history row of the move to RECYCLED and empty on every other move.
alter table inventory.device_event
    add column recycling_reference text check (length(recycling_reference) between 1 and 100),
    add constraint device_event_recycling_reference check (recycling_reference is null or to_state = 'RECYCLED');
