-- Lending, the loans part: loan policies per digibank and device category, loans with their agreement details,
-- incidents, borrower blocks and the reminders sent. Other modules' records (digibank, device, person, location,
-- staff account) are referred to by ID only. The queue part of lending (requests, reservations) shares the schema.
create schema if not exists lending;
grant usage on schema lending to ${app_role};
alter default privileges in schema lending grant select, insert, update, delete on tables to ${app_role};

-- A digibank's rules for lending one category of device. Without a row the built-in default applies.
create table lending.loan_policy (
    id                    uuid primary key,
    digibank_id           uuid        not null,
    category              text        not null,
    period_days           int         check (period_days between 1 and 1100),
    due_month_day         text        check (due_month_day ~ '^[0-9]{2}-[0-9]{2}$'),
    max_extensions        int         not null default 0 check (max_extensions between 0 and 20),
    extension_days        int         not null default 0 check (extension_days between 0 and 365),
    deposit_cents         bigint      not null default 0 check (deposit_cents between 0 and 10000000),
    waiver_proof_types    text        not null default '' check (length(waiver_proof_types) <= 1000),
    eligibility_required  boolean     not null default true,
    max_concurrent_loans  int         not null default 1 check (max_concurrent_loans between 1 and 100),
    goal_plan             text        not null default 'OPTIONAL' check (goal_plan in ('REQUIRED', 'OPTIONAL', 'NONE')),
    condition_text        text        not null default '' check (length(condition_text) <= 500),
    gift_after_track      boolean     not null default false,
    due_soon_days         int         not null default 3 check (due_soon_days between 0 and 60),
    overdue_steps         text        not null default '' check (length(overdue_steps) <= 200),
    version               int         not null default 0,
    changed_by            uuid,
    changed_at            timestamptz not null default now(),
    check ((period_days is null) <> (due_month_day is null)),
    unique (digibank_id, category)
);

create table lending.loan (
    id                        uuid primary key,
    digibank_id               uuid        not null,
    device_id                 uuid        not null,
    asset_tag                 text        not null,
    category                  text        not null,
    device_label              text        not null,
    serial                    text        not null default '',
    replacement_value_cents   bigint      not null default 0 check (replacement_value_cents >= 0),
    person_id                 uuid,
    organisation_name         text        not null default '' check (length(organisation_name) <= 200),
    organisation_contact      text        not null default '' check (length(organisation_contact) <= 200),
    organisation_phone        text        not null default '' check (length(organisation_phone) <= 50),
    borrower_name             text        not null check (length(borrower_name) <= 300),
    location_id               uuid,
    starts_on                 date        not null,
    due_on                    date        not null check (due_on >= starts_on),
    extensions                int         not null default 0 check (extensions >= 0),
    deposit_cents             bigint      not null default 0 check (deposit_cents >= 0),
    deposit_method            text        not null check (deposit_method in ('NONE', 'CASH', 'TRANSFER', 'WAIVED')),
    deposit_waiver_reason     text        not null default '' check (length(deposit_waiver_reason) <= 500),
    deposit_refunded_cents    bigint      check (deposit_refunded_cents >= 0),
    deposit_retained_cents    bigint      check (deposit_retained_cents >= 0),
    deposit_retention_reason  text        not null default '' check (length(deposit_retention_reason) <= 500),
    eligibility_reason        text        not null default '',
    override_reason           text        not null default '' check (length(override_reason) <= 500),
    goal_plan                 text        not null default '' check (length(goal_plan) <= 2000),
    condition_text            text        not null default '',
    explained                 text        not null default '',
    accessories               text        not null default '' check (length(accessories) <= 500),
    signature_png             text        check (length(signature_png) <= 400000),
    signed_on_paper           boolean     not null default false,
    language                  text        not null default 'nl',
    gift_after_track          boolean     not null default false,
    lent_by                   uuid        not null,
    lent_by_name              text        not null,
    created_at                timestamptz not null default now(),
    ended_at                  timestamptz,
    ended_on                  date,
    ending                    text        check (ending in ('RETURNED', 'LOST', 'STOLEN', 'GIFT')),
    returned_complete         boolean,
    accessories_back          boolean,
    condition_grade           text        check (condition_grade in ('A', 'B', 'C')),
    damage_notes              text        not null default '' check (length(damage_notes) <= 2000),
    ended_by_name             text        not null default '',
    on_call_list              boolean     not null default false,
    version                   int         not null default 0,
    check ((person_id is null) <> (organisation_name = '')),
    check ((ended_at is null) = (ending is null)),
    check (signature_png is not null or signed_on_paper),
    check (deposit_refunded_cents is null or deposit_refunded_cents + coalesce(deposit_retained_cents, 0) = deposit_cents)
);
-- The guarantee: one active loan per device. Two counters lending the same laptop at once: one insert waits for the
-- other and then fails with 23505, which the application turns into a clear message.
create unique index loan_one_active_per_device on lending.loan (device_id) where ended_at is null;
create index loan_active on lending.loan (digibank_id, due_on) where ended_at is null;
create index loan_person on lending.loan (digibank_id, person_id);
create index loan_device on lending.loan (digibank_id, device_id);

-- Damage, loss or theft during a loan, with the decision and its follow-up.
create table lending.loan_incident (
    id            uuid primary key,
    digibank_id   uuid        not null,
    loan_id       uuid        not null references lending.loan (id),
    kind          text        not null check (kind in ('DAMAGE', 'LOSS', 'THEFT')),
    description   text        not null default '' check (length(description) <= 2000),
    decision      text        not null check (decision in ('REPLACEMENT_VALUE', 'FLAT_RATE', 'WAIVE')),
    amount_cents  bigint      not null default 0 check (amount_cents >= 0),
    reason        text        not null default '' check (length(reason) <= 500),
    status        text        not null default 'OPEN' check (status in ('OPEN', 'PAID', 'WAIVED', 'CLOSED')),
    decided_by    text        not null,
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    check (decision <> 'WAIVE' or amount_cents = 0)
);
create index loan_incident_loan on lending.loan_incident (digibank_id, loan_id);
create index loan_incident_open on lending.loan_incident (digibank_id) where status = 'OPEN';

-- A person who may not borrow (for now), with the message shown at the counter and the reason behind it.
create table lending.borrower_block (
    id              uuid primary key,
    digibank_id     uuid        not null,
    person_id       uuid        not null,
    message         text        not null check (length(message) between 1 and 500),
    reason          text        not null check (length(reason) between 1 and 1000),
    placed_by       uuid        not null,
    placed_by_name  text        not null,
    placed_at       timestamptz not null default now(),
    lifted_at       timestamptz,
    lifted_by_name  text        not null default '',
    lift_reason     text        not null default '' check (length(lift_reason) <= 1000)
);
create index borrower_block_active on lending.borrower_block (digibank_id, person_id) where lifted_at is null;

-- Every reminder step taken for a loan, once: the reference (loan:<id>:overdue:7) is unique.
create table lending.loan_reminder (
    reference    text primary key,
    digibank_id  uuid        not null,
    loan_id      uuid        not null references lending.loan (id),
    step         text        not null,
    channels     text        not null default '',
    outcome      text        not null check (outcome in ('SENT', 'CALL_LIST', 'SKIPPED', 'NO_CONTACT')),
    sent_at      timestamptz not null,
    sent_by_name text        not null default ''
);
create index loan_reminder_loan on lending.loan_reminder (loan_id);

grant select, insert, update, delete on lending.loan_policy, lending.loan, lending.loan_incident, lending.borrower_block,
    lending.loan_reminder to ${app_role};
