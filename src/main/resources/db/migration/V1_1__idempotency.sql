-- Answers to creating requests sent with an Idempotency-Key, so a retry gets the same answer
-- instead of creating a second record. Kept for a day.
create table platform.idempotent_request (
    principal     varchar(100) not null,
    idem_key      varchar(200) not null,
    request_hash  char(64)     not null,
    status        int,
    content_type  varchar(100),
    body          bytea,
    created_at    timestamptz  not null default now(),
    primary key (principal, idem_key)
);
create index idempotent_request_created_idx on platform.idempotent_request (created_at);
