-- 舆情: public-opinion signals, triaged, verified and closed or turned into a 12345 case or a petition. Steps go to
-- the process kit's journal, clocks to its clocks, links to its item links.
create schema if not exists opinion;

create table opinion.signal (
    id               bigint generated always as identity primary key,
    ref              varchar(20)  not null unique,
    source           varchar(30)  not null,
    title            varchar(200) not null,
    link             varchar(500),
    content          text,
    first_seen       timestamptz  not null,
    reads            int          not null default 0,
    shares           int          not null default 0,
    comments         int          not null default 0,
    reach_level      varchar(10)  not null,
    sentiment        varchar(10)  not null,
    suggested        varchar(10)  not null,
    street_code      varchar(20),
    community_code   varchar(20),
    unit_code        varchar(20),
    category_code    varchar(40),
    top_category     varchar(40),
    address          varchar(300),
    address_key      varchar(300),
    state            varchar(20)  not null,
    verify_unit      varchar(20),
    finding          text,
    closure          varchar(20),
    case_id          bigint,
    case_ref         varchar(40),
    petition_id      bigint,
    petition_ref     varchar(40),
    reply            text,
    reply_published_at timestamptz,
    registered_by    varchar(100) not null,
    registered_at    timestamptz  not null,
    triaged_at       timestamptz,
    verified_at      timestamptz,
    ended_at         timestamptz
);
create index signal_state_idx on opinion.signal (state);
create index signal_street_idx on opinion.signal (street_code, top_category, first_seen);
create index signal_unit_idx on opinion.signal (verify_unit);
create index signal_address_key_idx on opinion.signal (address_key);
create index signal_published_idx on opinion.signal (reply_published_at) where reply_published_at is not null;
