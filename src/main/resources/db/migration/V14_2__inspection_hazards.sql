-- 隐患排查整治 and 整改销号: hazard campaigns, their visits and hazards, and the rectification loop every
-- problem an inspection finds and every hazard not fixed on the spot goes through (整改 → 复查 → 销号).
-- Steps are kept in the process kit's journal, photos in its photo store, clocks and 督办 in the kit.

-- 整改: one problem a unit must rectify (or see rectified) by a date, re-checked before it is closed.
create table inspection.rectification (
    id              bigserial     primary key,
    source_loop     varchar(32)   not null,               -- inspection, hazard
    source_id       bigint        not null,
    source_ref      varchar(200),
    link            varchar(200),
    subject_id      bigint,
    place           varchar(300)  not null,
    street_code     varchar(32),
    place_path      varchar(200),                         -- the place's org path (community or street): who sees it
    unit_code       varchar(32)   not null,               -- the unit that rectifies
    overseer_unit   varchar(32),                          -- the unit that follows it through (a campaign's lead department)
    problem         varchar(1000) not null,
    severity        varchar(8)    not null check (severity in ('GENERAL', 'MAJOR')),
    due             date          not null,
    state           varchar(10)   not null default 'OPEN' check (state in ('OPEN', 'REPORTED', 'CLOSED')),
    rounds          int           not null default 1,     -- 1 + failed 复查
    opened_at       timestamptz   not null,
    opened_by       varchar(64)   not null,
    reported_at     timestamptz,
    reported_by     varchar(64),
    report_note     varchar(1000),
    rechecked_at    timestamptz,
    rechecked_by    varchar(64),
    recheck_passed  boolean,
    recheck_on_site boolean,
    recheck_note    varchar(1000),
    closed_at       timestamptz
);
create index rectification_source_idx on inspection.rectification (source_loop, source_id);
create index rectification_state_idx on inspection.rectification (state, due);
create index rectification_unit_idx on inspection.rectification (unit_code);
create index rectification_street_idx on inspection.rectification (street_code);

-- 隐患排查整治专项行动: what is checked, by whom, where.
create table inspection.hazard_campaign (
    id               bigserial     primary key,
    name             varchar(200)  not null,
    kind             varchar(40)   not null,
    starts_on        date          not null,
    ends_on          date          not null check (ends_on >= starts_on),
    lead_department  varchar(32)   not null,
    checklist        varchar(200)[] not null default '{}',
    description      varchar(2000),
    created_at       timestamptz   not null,
    created_by       varchar(64)   not null
);

create table inspection.hazard_team (
    id           bigserial    primary key,
    campaign_id  bigint       not null references inspection.hazard_campaign (id),
    name         varchar(100) not null,
    street_code  varchar(32),
    area         varchar(200),
    unique (campaign_id, name)
);

create table inspection.hazard_team_member (
    team_id   bigint      not null references inspection.hazard_team (id),
    position  int         not null,
    name      varchar(50) not null,
    username  varchar(64),
    primary key (team_id, position)
);
create index hazard_team_member_username_idx on inspection.hazard_team_member (username);

-- The sites a campaign targets: a subject of the library, a community or grid, or a place typed in.
create table inspection.hazard_site (
    id              bigserial    primary key,
    campaign_id     bigint       not null references inspection.hazard_campaign (id),
    kind            varchar(10)  not null check (kind in ('SUBJECT', 'AREA', 'PLACE')),
    subject_id      bigint,
    unit_code       varchar(32),
    name            varchar(200) not null,
    address         varchar(300),
    street_code     varchar(32),
    community_code  varchar(32),
    path            varchar(200),
    unique (campaign_id, subject_id),
    unique (campaign_id, unit_code)
);
create index hazard_site_campaign_idx on inspection.hazard_site (campaign_id, street_code);

-- A team's visit to a site: when, who, which checklist items were checked, what they noted.
create table inspection.hazard_visit (
    id           bigserial     primary key,
    campaign_id  bigint        not null references inspection.hazard_campaign (id),
    site_id      bigint        not null references inspection.hazard_site (id),
    team_id      bigint        references inspection.hazard_team (id),
    visited_at   timestamptz   not null,
    visitors     varchar(50)[] not null default '{}',
    checked      varchar(200)[] not null default '{}',
    note         varchar(1000),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null
);
create index hazard_visit_campaign_idx on inspection.hazard_visit (campaign_id, site_id);

-- A hazard found at a visit: fixed on the spot, or rectified against a deadline.
create table inspection.hazard (
    id                bigserial     primary key,
    campaign_id       bigint        not null references inspection.hazard_campaign (id),
    visit_id          bigint        not null references inspection.hazard_visit (id),
    site_id           bigint        not null references inspection.hazard_site (id),
    checklist_item    varchar(200),
    description       varchar(1000) not null,
    severity          varchar(8)    not null check (severity in ('GENERAL', 'MAJOR')),
    fixed_on_spot     boolean       not null,
    found_at          timestamptz   not null,
    rectification_id  bigint        references inspection.rectification (id),
    check (not fixed_on_spot or rectification_id is null)
);
create index hazard_campaign_idx on inspection.hazard (campaign_id);
create index hazard_visit_idx on inspection.hazard (visit_id);
