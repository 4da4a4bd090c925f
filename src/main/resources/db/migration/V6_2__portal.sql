create schema if not exists portal;

-- One row per request submitted on the public pages. The form's one-time token makes the create idempotent
-- (posting the same form again shows the first receipt); the hashed network address and phone count recent
-- submissions for the rate limits. Neither the address nor the phone is kept in clear here.
create table portal.submission (
    form_token       varchar(64)  primary key,
    tracking_number  varchar(20)  not null,
    query_code       varchar(12)  not null,
    client_hash      char(64)     not null,
    phone_hash       char(64),
    submitted_at     timestamptz  not null
);
create index submission_client_idx on portal.submission (client_hash, submitted_at);
create index submission_phone_idx on portal.submission (phone_hash, submitted_at) where phone_hash is not null;

-- Tracking look-ups per network address, so that a 4-digit phone suffix cannot be guessed by trying them all.
create table portal.lookup (
    client_hash  char(64)     not null,
    looked_up_at timestamptz  not null
);
create index lookup_client_idx on portal.lookup (client_hash, looked_up_at);
