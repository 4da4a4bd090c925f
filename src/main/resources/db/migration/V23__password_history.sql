-- The hashes of the passwords an account had before its current one: a new password may not repeat the last few
-- (zhili.security.password.history; 等保 8.1.4.1 a).
create table identity.password_history (
    account_id     bigint       not null references identity.account (id) on delete cascade,
    password_hash  varchar(200) not null,
    replaced_at    timestamptz  not null
);
create index password_history_account_idx on identity.password_history (account_id, replaced_at desc);
