-- 双随机、一公开: the "two libraries and one list" (一单两库) every draw reads.
create schema if not exists inspection;

-- 检查对象名录库: enterprises, 个体工商户 and other entities a department may inspect.
create table inspection.subject (
    id               bigserial    primary key,
    credit_code      char(18)     not null unique check (credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
    name             varchar(200) not null,
    kind             varchar(16)  not null check (kind in ('ENTERPRISE', 'INDIVIDUAL', 'OTHER')),
    address          varchar(300),
    street_code      varchar(32),
    community_code   varchar(32),
    grid_code        varchar(32),
    lng              double precision,
    lat              double precision,
    industry         varchar(60)  not null,
    scale            varchar(16)  not null check (scale in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    tags             varchar(40)[] not null default '{}',
    credit_class     char(1)      not null default 'B' check (credit_class in ('A', 'B', 'C', 'D')),
    credit_since     timestamptz  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create index subject_class_idx on inspection.subject (credit_class);
create index subject_street_idx on inspection.subject (street_code);
create index subject_industry_idx on inspection.subject (industry);

-- Every change of a subject's credit class, with the rule and the finding behind it.
create table inspection.credit_change (
    id               bigserial    primary key,
    subject_id       bigint       not null references inspection.subject (id),
    from_class       char(1)      not null,
    to_class         char(1)      not null,
    rule             varchar(40)  not null,
    reason           varchar(500) not null,
    source_loop      varchar(32),
    source_id        bigint,
    changed_at       timestamptz  not null,
    changed_by       varchar(64)  not null
);
create index credit_change_subject_idx on inspection.credit_change (subject_id, changed_at);

-- 执法检查人员名录库: enforcement staff with their licence (执法证).
create table inspection.inspector (
    id                bigserial    primary key,
    name              varchar(50)  not null,
    department_code   varchar(32)  not null,
    licence_number    varchar(40)  not null unique,
    licence_expires   date         not null,
    expertise         varchar(40)[] not null default '{}',
    username          varchar(64)  unique,
    active            boolean      not null default true,
    created_at        timestamptz  not null
);
create index inspector_department_idx on inspection.inspector (department_code);

-- Declared conflicts (回避): the inspector withdraws from these subjects.
create table inspection.inspector_conflict (
    id                bigserial    primary key,
    inspector_id      bigint       not null references inspection.inspector (id),
    credit_code       char(18)     not null,
    kind              varchar(20)  not null check (kind in ('RELATIVE', 'FORMER_EMPLOYER', 'INTEREST', 'OTHER')),
    note              varchar(300),
    declared_at       timestamptz  not null,
    unique (inspector_id, credit_code)
);
create index inspector_conflict_code_idx on inspection.inspector_conflict (credit_code);

-- 随机抽查事项清单: what a department may inspect, on which legal basis, how.
create table inspection.matter (
    id                bigserial    primary key,
    department_code   varchar(32)  not null,
    code              varchar(40)  not null unique,
    name              varchar(200) not null,
    legal_basis       varchar(500) not null,
    subject_scope     varchar(200) not null,
    industries        varchar(60)[] not null default '{}',
    method            varchar(16)  not null check (method in ('SITE', 'DOCUMENT', 'ONLINE', 'SAMPLING')),
    key_matter        boolean      not null default false,
    checklist         varchar(200)[] not null default '{}',
    active            boolean      not null default true,
    created_at        timestamptz  not null
);
create index matter_department_idx on inspection.matter (department_code);
