-- 智能分拨 (routing): what routing learns from the cases module's events, its settings and its findings.
create schema if not exists routing;

-- One row per case, kept from the cases module's events (routing never reads the cases tables).
create table routing.case_index (
    case_id                  bigint primary key,
    tracking_number          text        not null,
    title                    text        not null,
    text                     text        not null,
    channel                  text        not null,
    street_code              text,
    community_code           text,
    grid_code                text,
    lng                      double precision,
    lat                      double precision,
    registered_at            timestamptz not null,
    -- the case's category now (code of any level), and the first-level category code
    category_code            text,
    top_category             text,
    -- what the model said at registration
    predicted_label          text,
    predicted_confidence     real,
    model_version            text,
    -- the first dispatch, and whether that unit returned the case (routing accuracy)
    first_dispatch_category  text,
    first_dispatch_unit      text,
    first_dispatched_at      timestamptz,
    first_dispatch_returned  boolean     not null default false,
    auto_dispatched          boolean     not null default false,
    dispatches               int         not null default 0,
    returns                  int         not null default 0,
    returned_since_dispatch  boolean     not null default false,
    open                     boolean     not null default true,
    final_state              text,
    ended_at                 timestamptz
);
create index case_index_open_idx on routing.case_index (registered_at) where open;
create index case_index_grid_idx on routing.case_index (grid_code, registered_at);
create index case_index_community_idx on routing.case_index (community_code, registered_at);

-- Labelled texts from the platform's own work: corrections at dispatch, returns, closed cases.
create table routing.training_example (
    id              bigserial primary key,
    case_id         bigint      not null,
    source          text        not null check (source in ('CORRECTION', 'RETURN', 'CLOSED')),
    title           text        not null,
    text            text        not null,
    label           text        not null,
    previous_label  text,
    recorded_at     timestamptz not null
);
create index training_example_case_idx on routing.training_example (case_id);

-- Whether cases of a first-level category may be dispatched without a dispatcher, and from which confidence.
create table routing.category_rule (
    category_code  text primary key,
    auto_dispatch  boolean     not null default false,
    threshold      real check (threshold is null or (threshold > 0 and threshold <= 1)),
    updated_by     text,
    updated_at     timestamptz
);

-- Models retrained from the platform's history; the newest active one is served.
create table routing.model (
    id                bigserial primary key,
    version           text        not null unique,
    recipe            text        not null,
    trained_at        timestamptz not null,
    examples          int         not null,
    history_examples  int         not null,
    labels            text        not null,
    content           bytea       not null,
    active            boolean     not null,
    trained_by        text        not null
);

-- Open cases found to be about the same problem as a newer one.
create table routing.duplicate (
    case_id       bigint      not null,
    candidate_id  bigint      not null,
    similarity    real        not null,
    distance_m    real,
    same_area     boolean     not null,
    found_at      timestamptz not null,
    status        text        not null default 'OPEN' check (status in ('OPEN', 'MERGED', 'DISMISSED')),
    decided_by    text,
    decided_at    timestamptz,
    primary key (case_id, candidate_id)
);
create index duplicate_open_idx on routing.duplicate (found_at) where status = 'OPEN';

-- Categories rising in a community or grid against their own baseline, found by the daily run.
create table routing.hot_spot (
    id                 bigserial primary key,
    detected_on        date        not null,
    area_level         text        not null,
    area_code          text        not null,
    street_code        text,
    category_code      text        not null,
    recent             int         not null,
    expected           real        not null,
    p_value            double precision not null,
    history            text        not null,
    status             text        not null default 'OPEN' check (status in ('OPEN', 'PROACTIVE', 'DISMISSED')),
    proactive_case_id  bigint,
    decided_by         text,
    decided_at         timestamptz,
    unique (detected_on, area_code, category_code)
);
