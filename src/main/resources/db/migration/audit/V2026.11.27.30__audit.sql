-- Append-only trail of who viewed or changed which record. The application role may only add and read.
create schema audit;
grant usage on schema audit to ${app_role};

create table audit.audit_entry (
    id               bigserial primary key,
    occurred_at      timestamptz not null,
    digibank_id      uuid,
    actor_id         uuid,
    actor_name       text        not null,
    actor_partner_id uuid,
    action           text        not null check (action in ('VIEW', 'CREATE', 'CHANGE', 'DELETE', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'EXPORT')),
    record_type      text        not null,
    record_id        text        not null,
    summary          text        not null default '',
    remote_address   text        not null default ''
);
create index audit_entry_by_digibank on audit.audit_entry (digibank_id, occurred_at desc);
create index audit_entry_by_record on audit.audit_entry (record_type, record_id);

grant select, insert on audit.audit_entry to ${app_role};
grant usage on sequence audit.audit_entry_id_seq to ${app_role};

create function audit.refuse_change() returns trigger language plpgsql as
$$
begin
    raise exception 'audit entries are append-only';
end;
$$;
create trigger audit_entry_append_only
    before update or delete or truncate on audit.audit_entry
    for each statement execute function audit.refuse_change();
