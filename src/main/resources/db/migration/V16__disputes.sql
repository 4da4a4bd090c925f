-- 矛盾纠纷 mediation at the district and street centres (区街两级矛调中心).
create schema if not exists disputes;

-- A centre's mediators (调解员名册): demo and registered mediators, and every MEDIATOR account once it acts.
create table disputes.mediator (
    username     varchar(100) primary key,
    name         varchar(100) not null,
    centre_code  varchar(20)  not null,
    active       boolean      not null default true
);
create index mediator_centre_idx on disputes.mediator (centre_code);

create table disputes.dispute (
    id                 bigint generated always as identity primary key,
    reference          varchar(30)   not null unique,
    type_code          varchar(40)   not null,
    title              varchar(200)  not null,
    description        text          not null,
    amount             numeric(14, 2),
    risk               varchar(10)   not null,
    cross_street       boolean       not null default false,
    address            varchar(300),
    address_key        varchar(200),
    street_code        varchar(20),
    centre_code        varchar(20)   not null,
    state              varchar(20)   not null,
    origin_loop        varchar(40),
    origin_id          bigint,
    origin_ref         varchar(100),
    registered_at      timestamptz   not null,
    registered_by      varchar(100)  not null,
    accepted_at        timestamptz,
    concluded_at       timestamptz,
    outcome_note       text,
    referral           varchar(20),
    referral_ref       varchar(100),
    agreement_terms    text,
    performance_due    date,
    performance        varchar(20),
    performance_note   text,
    followed_up_at     timestamptz,
    followed_up_by     varchar(100)
);
create index dispute_centre_idx on disputes.dispute (centre_code, registered_at desc);
create index dispute_street_idx on disputes.dispute (street_code);
create index dispute_address_key_idx on disputes.dispute (address_key);
create index dispute_concluded_idx on disputes.dispute (concluded_at);
create index dispute_origin_idx on disputes.dispute (origin_loop, origin_id);

-- The parties: names, phones and ID numbers encrypted (FieldCipher), phones and ID numbers with blind indexes.
create table disputes.party (
    id            bigint generated always as identity primary key,
    dispute_id    bigint       not null references disputes.dispute (id),
    seq           int          not null,
    role          varchar(20)  not null,
    name_enc      text         not null,
    phone_enc     text,
    id_number_enc text,
    phone_index   varchar(64),
    id_index      varchar(64),
    unique (dispute_id, seq)
);
create index party_phone_idx on disputes.party (phone_index);
create index party_id_idx on disputes.party (id_index);

create table disputes.dispute_mediator (
    dispute_id  bigint       not null references disputes.dispute (id),
    username    varchar(100) not null,
    lead        boolean      not null,
    primary key (dispute_id, username)
);

create table disputes.session (
    id           bigint generated always as identity primary key,
    dispute_id   bigint        not null references disputes.dispute (id),
    held_on      date          not null,
    attendees    varchar(500)  not null,
    minutes      text          not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index session_dispute_idx on disputes.session (dispute_id, held_on);

create sequence disputes.reference_seq;
