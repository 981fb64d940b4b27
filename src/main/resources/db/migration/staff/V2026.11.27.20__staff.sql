-- Staff and volunteer accounts, their second factor, invitations, login throttling, API tokens and hours.
create schema staff;
grant usage on schema staff to ${app_role};
alter default privileges in schema staff grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema staff grant usage on sequences to ${app_role};

create table staff.staff_account (
    id                 uuid primary key,
    digibank_id        uuid,
    partner_id         uuid,
    email              text        not null check (length(email) between 3 and 200),
    display_name       text        not null check (length(display_name) between 1 and 100),
    role               text        not null check (role in ('PLATFORM_ADMIN', 'FUNDER', 'COORDINATOR', 'STAFF', 'VOLUNTEER',
                                                           'TRAINER', 'TECHNICIAN', 'OUTREACH_WORKER', 'REFERRER')),
    status             text        not null check (status in ('INVITED', 'ACTIVE', 'DISABLED')),
    password_hash      text,
    totp_secret        text,
    totp_last_step     bigint      not null default 0,
    session_generation int         not null default 0,
    language           text        not null default 'nl' check (language in ('nl', 'fr', 'en')),
    version            int         not null default 0,
    created_at         timestamptz not null default now(),
    last_login_at      timestamptz,
    -- platform-wide roles have no digibank; every other role belongs to exactly one
    check ((role in ('PLATFORM_ADMIN', 'FUNDER')) = (digibank_id is null)),
    check (status <> 'ACTIVE' or password_hash is not null)
);
create unique index staff_account_email_unique on staff.staff_account (lower(email));
create index staff_account_by_digibank on staff.staff_account (digibank_id);

create table staff.recovery_code (
    account_id uuid not null references staff.staff_account (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

create table staff.account_link (
    token_hash text primary key,
    account_id uuid        not null references staff.staff_account (id) on delete cascade,
    purpose    text        not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    expires_at timestamptz not null,
    used_at    timestamptz
);

create table staff.login_attempt (
    id             bigserial primary key,
    username_key   text        not null,
    remote_address text        not null,
    attempted_at   timestamptz not null,
    succeeded      boolean     not null
);
create index login_attempt_by_username on staff.login_attempt (username_key, attempted_at);
create index login_attempt_by_address on staff.login_attempt (remote_address, attempted_at);

create table staff.api_token (
    id           uuid primary key,
    account_id   uuid        not null references staff.staff_account (id) on delete cascade,
    digibank_id  uuid,
    name         text        not null check (length(name) between 1 and 100),
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create table staff.volunteer_hours (
    id          uuid primary key,
    digibank_id uuid        not null,
    account_id  uuid        not null references staff.staff_account (id),
    location_id uuid,
    worked_on   date        not null,
    minutes     int         not null check (minutes between 1 and 1440),
    activity    text        not null check (length(activity) between 1 and 200),
    created_at  timestamptz not null default now()
);
create index volunteer_hours_by_account on staff.volunteer_hours (account_id, worked_on);
