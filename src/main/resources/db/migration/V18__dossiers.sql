-- The building key (org.zhili.org.AddressKey) in SQL, to backfill the cases written before the key existed.
-- It mirrors the Java step by step (AddressKeySqlIT holds the two to the same answers); new rows get their key from
-- Java when written. Steps instead of one pattern: PostgreSQL decides a whole pattern's greed by its first quantifier.
create or replace function org.address_key(address text) returns text
language plpgsql immutable parallel safe as $$
declare
    t        text;
    head     text;
    rest     text;
    building text;
begin
    if address is null then
        return null;
    end if;
    t := regexp_replace(normalize(address, NFKC), '[ \t\n\v\f\r,，。.、()（）—#-]', '', 'g');
    if t = '' then
        return null;
    end if;
    t := regexp_replace(t, '^(天津市|天津)', '');
    t := regexp_replace(t, '^南开区', '');
    if t ~ '^[^0-9]{1,8}?街道' then
        t := regexp_replace(t, '^[^0-9]{1,8}?街道', '');
        t := regexp_replace(t, '^办事处', '');
    end if;
    head := substring(t from '^(.*?[0-9]+号)');
    if head is null then
        return nullif(t, '');
    end if;
    rest := substr(t, char_length(head) + 1);
    if left(rest, 1) = '院' then
        head := head || '院';
        rest := substr(rest, 2);
    end if;
    building := substring(rest from '^([0-9A-Za-z]+(号楼|栋|座|幢))');
    if building is not null then
        head := head || building;
    end if;
    return head;
end;
$$;

-- A case's building, for the one view of an address (一址一档) and the early warning's "same building" rule.
alter table cases.case_record add column address_key varchar(200);
update cases.case_record set address_key = org.address_key(address) where address is not null;
create index case_address_key_idx on cases.case_record (address_key, registered_at desc) where address_key is not null;
-- The early warning's "many callers on one topic in one community" reads a community's last days on every registration.
create index case_community_time_idx on cases.case_record (community_code, registered_at) where community_code is not null;

create schema if not exists dossiers;

-- An early warning: a rule saw a matter heading for a petition or a group visit, and told the street.
create table dossiers.alert (
    id              bigint generated always as identity primary key,
    rule            varchar(32)  not null,
    dedupe_key      varchar(200) not null unique,
    street_code     varchar(32),
    community_code  varchar(32),
    address_key     varchar(200),
    category_code   varchar(16),
    summary         varchar(300) not null,
    evidence        jsonb        not null,
    raised_at       timestamptz  not null,
    state           varchar(16)  not null default 'OPEN' check (state in ('OPEN', 'ACKNOWLEDGED', 'HANDLED')),
    handled_by      varchar(100),
    handled_at      timestamptz,
    handling_note   varchar(500),
    petition_id     bigint,
    petition_ref    varchar(40),
    petition_at     timestamptz
);
create index alert_street_idx on dossiers.alert (street_code, raised_at desc);
create index alert_subject_idx on dossiers.alert (rule, address_key, community_code, category_code, raised_at desc);
create index alert_building_idx on dossiers.alert (address_key, raised_at) where address_key is not null;

-- The phones behind an alert's evidence (blind indexes), to tell which alert a later petition followed.
create table dossiers.alert_phone (
    alert_id     bigint   not null references dossiers.alert (id) on delete cascade,
    phone_index  char(64) not null,
    primary key (alert_id, phone_index)
);
create index alert_phone_idx on dossiers.alert_phone (phone_index);

-- The petitions heard of, so that an alert raised after them (a sweep over past intake) still finds the one that
-- followed it: matching works whichever arrives first.
create table dossiers.petition_seen (
    petition_id      bigint       primary key,
    tracking_number  varchar(40)  not null,
    address_key      varchar(200),
    phone_index      char(64),
    registered_at    timestamptz  not null
);
create index petition_seen_building_idx on dossiers.petition_seen (address_key, registered_at) where address_key is not null;
create index petition_seen_phone_idx on dossiers.petition_seen (phone_index, registered_at) where phone_index is not null;
