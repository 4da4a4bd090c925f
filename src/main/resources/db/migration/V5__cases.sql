create schema if not exists cases;

-- The category tree (3 levels), each with its lead-unit rule; time limits per category × urgency.
create table cases.category (
    code            varchar(16)  primary key check (code ~ '^C[0-9]{2}([0-9]{2}){0,2}$'),
    name            varchar(50)  not null,
    parent_code     varchar(16)  references cases.category (code),
    level           smallint     not null check (level between 1 and 3),
    path            varchar(60)  not null unique,
    lead_rule       varchar(16)  not null default 'INHERIT' check (lead_rule in ('INHERIT', 'TERRITORIAL', 'DEPARTMENT')),
    lead_unit_code  varchar(32),
    active          boolean      not null default true,
    sort_order      int          not null default 0,
    version         int          not null default 0,
    constraint category_root check ((level = 1) = (parent_code is null)),
    constraint category_root_rule check (level > 1 or lead_rule <> 'INHERIT'),
    constraint category_department check ((lead_rule = 'DEPARTMENT') = (lead_unit_code is not null))
);
create index category_parent_idx on cases.category (parent_code);

-- Overrides of the configured time limits, for a category and all below it.
create table cases.time_limit (
    category_code  varchar(16) not null references cases.category (code) on delete cascade,
    urgency        varchar(16) not null,
    stage          varchar(16) not null check (stage in ('ACCEPT', 'FEEDBACK', 'REPORT_IN', 'CALLBACK')),
    time_limit     varchar(16) not null,
    primary key (category_code, urgency, stage)
);

create sequence cases.tracking_seq;

-- A case (诉求 / 工单). Personal fields hold AES-GCM ciphertext; requester_phone_index is an HMAC for lookups.
create table cases.case_record (
    id                     bigint generated always as identity primary key,
    tracking_number        varchar(20)  not null unique,
    query_code             varchar(12)  not null,
    round                  smallint     not null default 1,
    state                  varchar(16)  not null,
    pending                varchar(16),
    pending_detail         text,
    pending_limit          varchar(16),
    channel                varchar(16)  not null,
    type                   varchar(16)  not null,
    category_code          varchar(16)  references cases.category (code),
    urgency                varchar(16)  not null,
    title                  varchar(100) not null,
    description            text         not null,
    address                varchar(200),
    lng                    double precision,
    lat                    double precision,
    street_code            varchar(32),
    community_code         varchar(32),
    grid_code              varchar(32),
    territory_path         varchar(400),
    requester_name         text,
    requester_phone        text,
    requester_phone_index  char(64),
    anonymous              boolean      not null default false,
    confidential           boolean      not null default false,
    enterprise             boolean      not null default false,
    external_system        varchar(32),
    external_id            varchar(64),
    external_due_at        timestamptz,
    lead_unit_code         varchar(32),
    lead_unit_path         varchar(400),
    designated             boolean      not null default false,
    return_count           smallint     not null default 0,
    rework_count           smallint     not null default 0,
    registered_at          timestamptz  not null,
    registered_by          varchar(100) not null,
    dispatched_at          timestamptz,
    accepted_at            timestamptz,
    replied_at             timestamptz,
    closed_at              timestamptz,
    accept_due_at          timestamptz,
    accept_limit           varchar(16),
    feedback_due_at        timestamptz,
    feedback_limit         varchar(16),
    callback_from          timestamptz,
    callback_due_at        timestamptz,
    callback_limit         varchar(16),
    suspended_at           timestamptz,
    running_due_at         timestamptz,
    running_yellow_at      timestamptz,
    reply_result           varchar(16),
    reply_text             text,
    callback_attempts      smallint     not null default 0,
    solved                 boolean,
    satisfaction           varchar(16),
    supervision            varchar(8),
    master_case_id         bigint       references cases.case_record (id),
    version                int          not null default 0,
    constraint case_external unique (external_system, external_id)
);
create index case_state_idx on cases.case_record (state, registered_at desc);
create index case_registered_idx on cases.case_record (registered_at desc);
create index case_territory_idx on cases.case_record (territory_path varchar_pattern_ops);
create index case_lead_idx on cases.case_record (lead_unit_code, state);
create index case_phone_idx on cases.case_record (requester_phone_index) where requester_phone_index is not null;
create index case_master_idx on cases.case_record (master_case_id) where master_case_id is not null;
create index case_category_idx on cases.case_record (category_code);
create index case_running_due_idx on cases.case_record (running_due_at) where running_due_at is not null;

-- Units involved in a case: the lead unit, co-units and whistled departments (吹哨报到).
create table cases.case_unit (
    case_id        bigint       not null references cases.case_record (id),
    unit_code      varchar(32)  not null,
    unit_path      varchar(400) not null,
    role           varchar(8)   not null check (role in ('LEAD', 'CO', 'WHISTLED')),
    round          smallint     not null,
    active         boolean      not null default true,
    report_due_at  timestamptz,
    reported_at    timestamptz,
    report_text    text,
    primary key (case_id, unit_code, role, round)
);
create index case_unit_path_idx on cases.case_unit (unit_path varchar_pattern_ops) where active;

-- Every step of every case: who did what, for which unit, when, why, and how the deadline stood.
create table cases.case_event (
    id              bigint generated always as identity primary key,
    case_id         bigint       not null references cases.case_record (id),
    round           smallint     not null,
    action          varchar(24)  not null,
    from_state      varchar(16),
    to_state        varchar(16)  not null,
    actor           varchar(100) not null,
    actor_unit      varchar(32),
    unit_code       varchar(32),
    occurred_at     timestamptz  not null,
    note            text,
    deadline_state  varchar(8)   not null check (deadline_state in ('NONE', 'GREEN', 'YELLOW', 'RED')),
    detail          jsonb
);
create index case_event_case_idx on cases.case_event (case_id, id);
create index case_event_time_idx on cases.case_event (occurred_at);

-- Photos of patrol reports and on-site checks, re-encoded before they are stored.
create table cases.attachment (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references cases.case_record (id),
    event_id      bigint       references cases.case_event (id),
    file_name     varchar(100) not null,
    content_type  varchar(40)  not null,
    size_bytes    int          not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null
);
create index attachment_case_idx on cases.attachment (case_id);

-- Reminders (催办), escalations, supervision notices and new work, for a unit.
create table cases.notification (
    id           bigint generated always as identity primary key,
    unit_code    varchar(32)  not null,
    case_id      bigint       not null references cases.case_record (id),
    kind         varchar(16)  not null,
    message      varchar(300) not null,
    created_at   timestamptz  not null,
    read_at      timestamptz
);
create index notification_unit_idx on cases.notification (unit_code, created_at desc);

-- Counters per unit and day, kept with every event, that the statistics add up.
create table cases.unit_day_stats (
    unit_code             varchar(32) not null,
    day                   date        not null,
    received              int         not null default 0,
    direct_answered       int         not null default 0,
    dispatched            int         not null default 0,
    accepted              int         not null default 0,
    accepted_on_time      int         not null default 0,
    returned              int         not null default 0,
    replied               int         not null default 0,
    replied_on_time       int         not null default 0,
    reworked              int         not null default 0,
    rated                 int         not null default 0,
    solved                int         not null default 0,
    satisfied             int         not null default 0,
    basically_satisfied   int         not null default 0,
    unsatisfied           int         not null default 0,
    unrated               int         not null default 0,
    closed                int         not null default 0,
    closed_on_time        int         not null default 0,
    handling_seconds      bigint      not null default 0,
    duplicates            int         not null default 0,
    supervised            int         not null default 0,
    primary key (unit_code, day)
);
create index unit_day_stats_day_idx on cases.unit_day_stats (day);
