-- 督查督办: plans with sections, tasks, milestones, progress reports, targets and their actual values;
-- 督办 and reminders; drafts read from documents awaiting review.
create schema if not exists plans;

create table plans.draft (
    id          bigserial primary key,
    source_name text,
    source_text text not null,
    draft       jsonb not null,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    plan_id     bigint
);

create table plans.plan (
    id           bigserial primary key,
    title        text not null check (length(title) between 1 and 200),
    year         int not null check (year between 2000 and 2100),
    kind         text not null default 'WORK_POINTS',
    description  text,
    draft_id     bigint references plans.draft (id),
    published    boolean not null default false,
    public       boolean not null default false,
    created_at   timestamptz not null default now(),
    created_by   text not null
);

create table plans.section (
    id        bigserial primary key,
    plan_id   bigint not null references plans.plan (id) on delete cascade,
    parent_id bigint references plans.section (id) on delete cascade,
    position  int not null,
    number    text,
    title     text not null,
    level     int not null
);
create index on plans.section (plan_id);

create table plans.task (
    id          bigserial primary key,
    plan_id     bigint not null references plans.plan (id) on delete cascade,
    section_id  bigint references plans.section (id) on delete cascade,
    position    int not null,
    number      text,
    title       text not null,
    text        text not null,
    lead_unit   text,
    co_units    text[] not null default '{}',
    leader      text,
    deadline    date,
    weight      numeric(6, 2) not null default 1 check (weight > 0),
    source_start int,
    source_end   int
);
create index on plans.task (plan_id);
create index on plans.task (lead_unit);

create table plans.milestone (
    id          bigserial primary key,
    task_id     bigint not null references plans.task (id) on delete cascade,
    due         date not null,
    deliverable text not null,
    done_at     date,
    notified    boolean not null default false
);
create index on plans.milestone (task_id);

create table plans.progress_report (
    id           bigserial primary key,
    task_id      bigint not null references plans.task (id) on delete cascade,
    unit_code    text not null,
    period       text not null,            -- yyyy-MM the report covers
    percent      int not null check (percent between 0 and 100),
    text         text not null,
    evidence     text[] not null default '{}',
    submitted_at timestamptz not null,
    submitted_by text not null,
    review       text not null default 'SUBMITTED' check (review in ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    review_note  text,
    reviewed_by  text,
    reviewed_at  timestamptz
);
create index on plans.progress_report (task_id, submitted_at);

create table plans.target (
    id          bigserial primary key,
    plan_id     bigint not null references plans.plan (id) on delete cascade,
    task_id     bigint references plans.task (id) on delete set null,
    indicator   text not null,
    comparator  text not null check (comparator in ('growth', 'reach', 'at_most', 'at_least', 'about')),
    value       numeric(20, 4) not null,
    upper       numeric(20, 4),
    unit        text not null,
    qualifier   text,
    period      int not null,
    baseline    numeric(20, 4),
    main        boolean not null default false,
    quote       text
);
create index on plans.target (plan_id);

-- Actual values per period: entered, imported, or read from a report's review of the year.
create table plans.actual (
    id          bigserial primary key,
    target_id   bigint not null references plans.target (id) on delete cascade,
    period      text not null,             -- yyyy or yyyy-MM
    value       numeric(20, 4) not null,
    note        text,
    source      text not null default 'ENTERED',
    recorded_at timestamptz not null default now(),
    recorded_by text not null,
    unique (target_id, period)
);

-- Results a document reported for the year before (全年实现地区生产总值883亿元), kept with the plan.
create table plans.reported_result (
    id         bigserial primary key,
    plan_id    bigint not null references plans.plan (id) on delete cascade,
    indicator  text not null,
    comparator text not null,
    value      numeric(20, 4) not null,
    unit       text not null,
    qualifier  text,
    period     int,
    quote      text
);

-- 督办: 普通 / 黄牌 / 红牌, answered by the lead unit within working days.
create table plans.supervision (
    id          bigserial primary key,
    task_id     bigint not null references plans.task (id) on delete cascade,
    level       text not null check (level in ('NORMAL', 'YELLOW', 'RED')),
    note        text not null,
    reply_due   date not null,
    created_at  timestamptz not null,
    created_by  text not null,
    reply       text,
    replied_at  timestamptz,
    replied_by  text
);
create index on plans.supervision (task_id);

-- Reminders for units: report due, milestone overdue, 督办 received.
create table plans.notice (
    id         bigserial primary key,
    unit_code  text not null,
    task_id    bigint references plans.task (id) on delete cascade,
    kind       text not null,
    message    text not null,
    created_at timestamptz not null,
    read_at    timestamptz,
    dedupe_key text unique
);
create index on plans.notice (unit_code, created_at desc);
