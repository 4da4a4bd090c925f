-- The urban-management loop (GB/T 30428.8) on the process kit: what urban.case_file (V22) does not hold yet.

-- Case numbers: CG + the report's date + a district-wide sequence (CG20261204000123).
create sequence urban.case_reference_seq;

-- The unit whose 12345 case this urban case also is (区城管委…), and the 处置 limit the case was dispatched with
-- (the catalogue may change later; the case keeps what it was given).
alter table urban.case_file add column hotline_reference varchar(30);
alter table urban.case_file add column handle_limit varchar(12);
create index case_file_grid_idx on urban.case_file (grid_code);
create index case_file_community_idx on urban.case_file (community_code);

-- 延期 / 回退 / 挂账 / 作废: requested with a reason, decided by the 值班长 (approved or refused, with a note).
-- At most one open request per case.
create table urban.case_request (
    id             bigint generated always as identity primary key,
    case_id        bigint        not null references urban.case_file (id),
    kind           varchar(10)   not null check (kind in ('POSTPONE', 'RETURN', 'SUSPEND', 'VOID')),
    reason         varchar(1000) not null,
    extension      varchar(12),  -- a POSTPONE's extra time ('1wd', '4wh')
    requested_by   varchar(100)  not null,
    requested_unit varchar(20),
    requested_at   timestamptz   not null,
    decision       varchar(10)   check (decision in ('APPROVED', 'REFUSED')),
    decided_by     varchar(100),
    decided_at     timestamptz,
    decision_note  varchar(1000)
);
create unique index case_request_open_idx on urban.case_request (case_id) where decision is null;
create index case_request_pending_idx on urban.case_request (requested_at) where decision is null;

-- A 12345 case is one urban case at most (counted once).
create unique index case_file_hotline_unique_idx on urban.case_file (hotline_case_id) where hotline_case_id is not null;
