-- 双随机、一公开: a department's yearly plan, its tasks, their verifiable draws and the inspections drawn.

create table inspection.plan (
    id               bigserial    primary key,
    year             int          not null check (year between 2000 and 2100),
    department_code  varchar(32)  not null,
    name             varchar(200) not null,
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null,
    unique (year, department_code, name)
);

-- A task draws subjects by credit class at the plan's ratios and seats inspectors from the lead (and, for a
-- 跨部门联合抽查, the joint) departments.
create table inspection.task (
    id                    bigserial     primary key,
    plan_id               bigint        not null references inspection.plan (id),
    name                  varchar(200)  not null,
    lead_department       varchar(32)   not null,
    joint_departments     varchar(32)[] not null default '{}',
    matter_ids            bigint[]      not null check (cardinality(matter_ids) > 0),
    filter_industries     varchar(60)[] not null default '{}',
    filter_streets        varchar(32)[] not null default '{}',
    filter_tags           varchar(40)[] not null default '{}',
    ratio_a               numeric(5, 2) not null check (ratio_a between 0 and 100),
    ratio_b               numeric(5, 2) not null check (ratio_b between 0 and 100),
    ratio_c               numeric(5, 2) not null check (ratio_c between 0 and 100),
    ratio_d               numeric(5, 2) not null check (ratio_d between 0 and 100),
    inspectors_per_subject int          not null check (inspectors_per_subject >= 2),
    risk_step             int           not null check (risk_step >= 0),
    risk_cap              int           not null check (risk_cap >= 100),
    period_start          date          not null,
    period_end            date          not null check (period_end >= period_start),
    created_at            timestamptz   not null,
    created_by            varchar(64)   not null
);
create index task_plan_idx on inspection.task (plan_id);

-- Commit–reveal: the seed's hash and the frozen inputs' hash are public from the commit; the seed is revealed by
-- the draw. A redraw supersedes a drawn one with a recorded reason, and is public itself.
create table inspection.draw (
    id               bigserial    primary key,
    task_id          bigint       not null references inspection.task (id),
    state            varchar(16)  not null check (state in ('COMMITTED', 'DRAWN', 'SUPERSEDED')),
    algorithm        varchar(32)  not null,
    commitment       char(64)     not null,
    inputs_hash      char(64)     not null,
    inputs           text         not null,
    seed             char(64)     not null,
    outcome          text,
    committed_at     timestamptz  not null,
    committed_by     varchar(64)  not null,
    drawn_at         timestamptz,
    drawn_by         varchar(64),
    redraw_of        bigint       references inspection.draw (id),
    redraw_reason    varchar(500),
    check ((state = 'COMMITTED') = (outcome is null))
);
create index draw_task_idx on inspection.draw (task_id);
create unique index draw_one_live_per_task on inspection.draw (task_id) where state <> 'SUPERSEDED';

-- One inspection per drawn subject (a joint task's subject is visited once, by every department's inspectors).
create table inspection.inspection (
    id                bigserial     primary key,
    task_id           bigint        not null references inspection.task (id),
    draw_id           bigint        not null references inspection.draw (id),
    subject_id        bigint        not null references inspection.subject (id),
    pick_order        int           not null,
    inspector_ids     bigint[]      not null,
    state             varchar(16)   not null,
    result            varchar(16),
    findings          varchar(2000),
    checklist         jsonb         not null default '[]',
    major_decision    boolean       not null default false,
    recorded_by       varchar(64),
    recorded_at       timestamptz,
    confirmed_by      varchar(64),
    completed_at      timestamptz,
    legal_opinion     varchar(1000),
    publish_due       date,
    published_at      timestamptz,
    version           int           not null default 0,
    unique (draw_id, subject_id)
);
create index inspection_subject_idx on inspection.inspection (subject_id);
create index inspection_task_idx on inspection.inspection (task_id);
create index inspection_published_idx on inspection.inspection (published_at) where published_at is not null;
