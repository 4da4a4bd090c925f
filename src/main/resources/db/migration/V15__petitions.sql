-- 信访 under the 信访工作条例 (2022): petitions, their petitioners (encrypted, with blind indexes), routing, the
-- 信访处理意见书, reviews, 领导包案 and 积案 campaigns. Steps are in the kit's journal, clocks in the kit's clocks.
create schema if not exists petitions;

create table petitions.petition (
    id                  bigint generated always as identity primary key,
    tracking_number     varchar(20)   not null unique,
    query_code          varchar(12)   not null,
    channel             varchar(20)   not null,
    title               varchar(200)  not null,
    content             text          not null,
    petitioner_name     text          not null,
    petitioner_phone    text,
    petitioner_id       text,
    phone_index         varchar(64),
    id_index            varchar(64),
    representatives     text,
    group_size          int           not null default 1,
    address             varchar(300),
    address_key         varchar(200),
    street_code         varchar(20),
    state               varchar(20)   not null,
    kind                varchar(20),
    legal_matter        boolean       not null default false,
    accused_unit        varchar(20),
    accused_unit_path   varchar(200),
    accused_person      text,
    route               varchar(20),
    procedure_code      varchar(40),
    handling_unit       varchar(20),
    answer              text,
    opinion             varchar(20),
    opinion_text        text,
    extended            boolean       not null default false,
    extension_reason    text,
    review_round        int           not null default 0,
    final               boolean       not null default false,
    rating              varchar(20),
    rating_comment      text,
    repeat_of           bigint references petitions.petition (id),
    origin_loop         varchar(40),
    origin_id           bigint,
    origin_ref          varchar(100),
    registered_at       timestamptz   not null,
    registered_by       varchar(100)  not null,
    routed_at           timestamptz,
    replied_at          timestamptz,
    closed_at           timestamptz,
    lead_username       varchar(100),
    lead_plan           text,
    lead_taken_at       timestamptz,
    lead_report         text,
    lead_closed_at      timestamptz
);
create index petition_registered_idx on petitions.petition (registered_at desc);
create index petition_handling_idx on petitions.petition (handling_unit);
create index petition_street_idx on petitions.petition (street_code);
create index petition_phone_idx on petitions.petition (phone_index);
create index petition_id_idx on petitions.petition (id_index);
create index petition_address_idx on petitions.petition (address_key);
create index petition_lead_idx on petitions.petition (lead_username);

-- Daily sequence of tracking numbers (XF + yyyyMMdd + 5 digits).
create table petitions.number_day (
    day   date primary key,
    last  int not null
);

-- 积案化解 campaigns (清仓见底): a list of backlogged petitions and a target date.
create table petitions.campaign (
    id          bigint generated always as identity primary key,
    title       varchar(200) not null,
    target_date date         not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null
);

create table petitions.campaign_item (
    campaign_id bigint not null references petitions.campaign (id),
    petition_id bigint not null references petitions.petition (id),
    reason      varchar(100) not null,
    primary key (campaign_id, petition_id)
);
