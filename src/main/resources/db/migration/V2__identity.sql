-- Accounts: personal fields (display_name, phone, totp_secret) hold AES-GCM ciphertext.
create table identity.account (
    id                      bigint generated always as identity primary key,
    username                varchar(64)  not null,
    display_name            text         not null,
    phone                   text,
    roles                   varchar(32)[] not null check (cardinality(roles) > 0),
    scope_unit_code         varchar(32)  not null,
    scope_include_children  boolean      not null default true,
    password_hash           varchar(200) not null,
    password_changed_at     timestamptz  not null,
    must_change_password    boolean      not null default true,
    failed_attempts         int          not null default 0,
    locked_until            timestamptz,
    totp_secret             text,
    totp_last_step          bigint,
    enabled                 boolean      not null default true,
    demo                    boolean      not null default false,
    created_at              timestamptz  not null default now(),
    last_login_at           timestamptz,
    version                 int          not null default 0,
    constraint account_username_format check (username ~ '^[a-z][a-z0-9._-]{1,63}$')
);
create unique index account_username_key on identity.account (username);

-- Bearer tokens for the REST API; only the SHA-256 of a token is kept.
create table identity.access_token (
    token_hash  char(64)    primary key,
    account_id  bigint      not null references identity.account (id) on delete cascade,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    address     varchar(64)
);
create index access_token_account_idx on identity.access_token (account_id);

-- API keys for system integrations, issued by the security administrator; only the SHA-256 is kept.
create table identity.api_key (
    id                      bigint generated always as identity primary key,
    name                    varchar(100) not null unique,
    key_prefix              varchar(16)  not null,
    key_hash                char(64)     not null unique,
    roles                   varchar(32)[] not null check (cardinality(roles) > 0),
    scope_unit_code         varchar(32)  not null,
    scope_include_children  boolean      not null default true,
    issued_by               varchar(64)  not null,
    issued_at               timestamptz  not null,
    expires_at              timestamptz,
    revoked_at              timestamptz,
    last_used_at            timestamptz
);

-- The audit trail: append-only, every row hash-chained to the one before (等保 8.1.4.3).
create table identity.audit_event (
    id           bigint       primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    address      varchar(64),
    action       varchar(64)  not null,
    target       varchar(200),
    outcome      varchar(16)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    detail       varchar(1000),
    prev_hash    char(64)     not null,
    hash         char(64)     not null
);
create sequence identity.audit_event_seq;
create index audit_event_time_idx on identity.audit_event (occurred_at);
create index audit_event_actor_idx on identity.audit_event (actor, occurred_at);
create index audit_event_action_idx on identity.audit_event (action, occurred_at);

-- The head of the chain (serialises appends) and the anchor left by the last purge.
create table identity.audit_chain (
    id           int primary key check (id = 1),
    last_hash    char(64) not null,
    anchor_id    bigint,
    anchor_hash  char(64) not null
);
insert into identity.audit_chain (id, last_hash, anchor_id, anchor_hash)
values (1, repeat('0', 64), null, repeat('0', 64));

-- Rows are never changed; they are deleted only by the audited purge, which sets zhili.audit_purge.
create function identity.audit_event_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('zhili.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_event is append-only (% refused)', tg_op;
end
$$;
create trigger audit_event_append_only
    before update or delete on identity.audit_event
    for each row execute function identity.audit_event_guard();
