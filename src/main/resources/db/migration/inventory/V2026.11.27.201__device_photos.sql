-- Optional photos of a device (at most 5, each a JPEG, PNG or WebP of at most 5 MB, recognised by its first bytes).
-- Photos show the device, never people or documents: the upload form says so.
create table inventory.device_photo (
    id               uuid primary key,
    digibank_id      uuid        not null,
    device_id        uuid        not null,
    content_type     text        not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes            bytea       not null check (octet_length(bytes) between 1 and 5242880),
    alt_text         text        not null check (length(alt_text) between 1 and 200),
    uploaded_by      uuid,
    uploaded_by_name text        not null default '',
    uploaded_at      timestamptz not null,
    foreign key (device_id, digibank_id) references inventory.device (id, digibank_id)
);
create index device_photo_device on inventory.device_photo (device_id, uploaded_at);

grant select, insert, update, delete on inventory.device_photo to ${app_role};
