-- 包联企业: officials paired with enterprises (one active official per enterprise, an official may hold several),
-- and their visits (走访). A problem raised on a visit becomes an enterprise request case; the visit keeps its id.
create schema if not exists enterprises;

create table enterprises.pairing (
    id               bigint generated always as identity primary key,
    credit_code      char(18)     not null check (credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
    enterprise_name  varchar(100) not null,
    official         varchar(100) not null,
    official_name    varchar(50)  not null,
    unit_code        varchar(32)  not null,
    since            date         not null,
    until            date,
    visit_every_days int          check (visit_every_days between 7 and 366),
    note             varchar(500),
    end_reason       varchar(500),
    created_at       timestamptz  not null,
    created_by       varchar(100) not null,
    check (until is null or until >= since)
);
-- One active official per enterprise: a second pairing while the first runs is refused (409).
create unique index pairing_active_idx on enterprises.pairing (credit_code) where until is null;
create index pairing_official_idx on enterprises.pairing (official) where until is null;
create index pairing_code_idx on enterprises.pairing (credit_code, since desc);

create table enterprises.visit (
    id           bigint generated always as identity primary key,
    pairing_id   bigint        not null references enterprises.pairing (id),
    credit_code  char(18)      not null,
    visited_on   date          not null,
    visitor      varchar(100)  not null,
    visitor_name varchar(50)   not null,
    discussed    varchar(2000) not null,
    case_ids     bigint[]      not null default '{}',
    recorded_at  timestamptz   not null,
    recorded_by  varchar(100)  not null
);
create index visit_code_idx on enterprises.visit (credit_code, visited_on desc);
create index visit_pairing_idx on enterprises.visit (pairing_id, visited_on desc);
