-- 每月一题 (治理类案): a recurring problem the district's leaders chose from the hot categories, its lead units and
-- actions; the cases of its categories are measured against the months before it (insight.TopicEffect).
create schema if not exists insight;

create table insight.topic (
    id              bigint generated always as identity primary key,
    title           varchar(100)  not null,
    problem         varchar(2000) not null,
    category_codes  varchar(16)[] not null check (cardinality(category_codes) between 1 and 10),
    lead_units      varchar(32)[] not null check (cardinality(lead_units) between 1 and 10),
    actions         varchar(4000) not null,
    start_month     date          not null check (extract(day from start_month) = 1),
    baseline_months int           not null check (baseline_months between 3 and 24),
    public          boolean       not null default true,
    state           varchar(10)   not null default 'ACTIVE' check (state in ('ACTIVE', 'CLOSED')),
    closed_month    date,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null
);
create index topic_start_idx on insight.topic (start_month desc);
