-- The enterprise behind an enterprise request (政企互通): its 统一社会信用代码 (GB 32100-2015, checked before it
-- is written), name and contact. The case itself carries enterprise = true, which the statistics count.
create table cases.enterprise_request (
    case_id          bigint       primary key references cases.case_record (id),
    credit_code      char(18)     not null check (credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
    enterprise_name  varchar(100) not null,
    contact_name     varchar(50)
);
create index enterprise_request_code_idx on cases.enterprise_request (credit_code);
-- This month's enterprise figures read the enterprise requests registered in a period.
create index case_enterprise_idx on cases.case_record (registered_at) where enterprise;
