-- The Idempotency-Key of a create, written in the transaction that registers the case: a retry finds the case
-- instead of registering a second one, and no separate claim or stored answer has to be committed around it.
-- Remembered for a day, like the platform's keys for other endpoints.
create table cases.intake_key (
    registered_by  varchar(100) not null,
    idem_key       varchar(200) not null,
    request_hash   char(64)     not null,
    case_id        bigint       not null references cases.case_record (id),
    created_at     timestamptz  not null,
    primary key (registered_by, idem_key)
);
