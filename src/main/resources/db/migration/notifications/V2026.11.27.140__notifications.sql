-- Notifications: the outbox of messages to persons (one row per notice and channel), the digibank's own wording of the
-- templates, each person's channel preference, and the quiet hours per digibank. Persons are referred to by ID only.
create schema notifications;
grant usage on schema notifications to ${app_role};
alter default privileges in schema notifications grant select, insert, update, delete on tables to ${app_role};

-- One row per notice and channel. The unique key makes a repeated job harmless: the second insert does nothing.
-- Channel NONE: the notice could not go out on any channel (no contact data); kept as skipped, so staff see why.
create table notifications.outbox_message (
    id              uuid primary key,
    digibank_id     uuid        not null,
    person_id       uuid        not null,
    reference       text        not null check (length(reference) between 1 and 200),
    channel         text        not null check (channel in ('SMS', 'EMAIL', 'LETTER', 'NONE')),
    template_key    text        not null check (length(template_key) between 1 and 100),
    template_values jsonb       not null default '{}',
    importance      text        not null check (importance in ('ESSENTIAL', 'OPTIONAL')),
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED', 'TO_PRINT', 'PRINTED')),
    reason          text        not null default '' check (length(reason) <= 500),
    attempts        int         not null default 0 check (attempts >= 0),
    due_at          timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    language        text        check (language in ('nl', 'fr', 'en')),
    subject         text        check (length(subject) <= 500),
    body            text        check (length(body) <= 20000),
    version         int         not null default 0,
    check ((status in ('SENT', 'PRINTED')) = (sent_at is not null)),
    check (channel <> 'NONE' or status = 'SKIPPED'),
    check (status not in ('TO_PRINT', 'PRINTED') or channel = 'LETTER'),
    unique (digibank_id, reference, channel)
);
create index outbox_message_due on notifications.outbox_message (due_at) where status = 'PENDING';
create index outbox_message_person on notifications.outbox_message (digibank_id, person_id, created_at desc);
create index outbox_message_status on notifications.outbox_message (digibank_id, status, created_at desc);

-- A coordinator's own wording; without a row the default shipped with the application is used.
create table notifications.message_template (
    digibank_id   uuid        not null,
    template_key  text        not null check (length(template_key) between 1 and 100),
    language      text        not null check (language in ('nl', 'fr', 'en')),
    sms_text      text        not null check (length(sms_text) between 1 and 1000),
    email_subject text        not null check (length(email_subject) between 1 and 200),
    email_body    text        not null check (length(email_body) between 1 and 5000),
    letter_body   text        not null check (length(letter_body) between 1 and 5000),
    changed_by    uuid,
    changed_at    timestamptz not null,
    primary key (digibank_id, template_key, language)
);

-- A person's wishes: the channels to use (empty: derived from the contact data) and no optional messages.
create table notifications.person_preference (
    digibank_id      uuid        not null,
    person_id        uuid        not null,
    channels         text[]      not null default '{}' check (channels <@ array['SMS', 'EMAIL', 'LETTER']),
    optional_opt_out boolean     not null default false,
    changed_by       uuid,
    changed_at       timestamptz not null,
    primary key (digibank_id, person_id)
);

-- Quiet hours per digibank (Belgian wall-clock time): no SMS or e-mail between quiet_from and quiet_until.
create table notifications.digibank_setting (
    digibank_id  uuid primary key,
    quiet_from   time        not null,
    quiet_until  time        not null,
    changed_by   uuid,
    changed_at   timestamptz not null
);
