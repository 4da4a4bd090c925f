-- 网格员 (grid workers): who works which unit grid, the grid's 九全 ledger (buildings, households, key persons,
-- places) and the visits (走访) made to them. Every row carries its grid's path in the org tree
-- (/<district>/<street>/<community>/<grid>/) so that a reader's data scope is one prefix match.
-- Personal fields (names, phones, ID numbers) are stored encrypted (FieldCipher: *_enc), with a blind index where a
-- record must be found by its value.

-- A grid worker on a grid from starts_on to ends_on (open while null). A worker may hold several grids; a grid may
-- have several workers (专职 and 兼职). username is the account when the worker has one.
create table urban.grid_roster (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null,
    worker_name   varchar(50)  not null,
    phone_enc     varchar(300),
    grid_code     varchar(20)  not null,
    grid_path     varchar(400) not null,
    starts_on     date         not null,
    ends_on       date,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    constraint grid_roster_dates check (ends_on is null or ends_on >= starts_on)
);
create unique index grid_roster_open_idx on urban.grid_roster (username, grid_code) where ends_on is null;
create index grid_roster_grid_idx on urban.grid_roster (grid_code);
create index grid_roster_path_idx on urban.grid_roster (grid_path varchar_pattern_ops);

-- A building (楼栋) of the grid, with the building key of its address for the one view of a building (一址一档).
create table urban.grid_building (
    id           bigint generated always as identity primary key,
    grid_code    varchar(20)  not null,
    grid_path    varchar(400) not null,
    address      varchar(200) not null,
    address_key  varchar(200),
    floors       int check (floors is null or floors between 1 and 200),
    lng          double precision,
    lat          double precision,
    note         varchar(500),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null
);
create index grid_building_grid_idx on urban.grid_building (grid_code);
create index grid_building_path_idx on urban.grid_building (grid_path varchar_pattern_ops);
create index grid_building_key_idx on urban.grid_building (address_key);

-- A household (户) in a building: its room, the head of household (encrypted), how many live there and whether
-- the home is the owner's or rented (出租房).
create table urban.grid_household (
    id            bigint generated always as identity primary key,
    building_id   bigint       not null references urban.grid_building (id),
    grid_code     varchar(20)  not null,
    grid_path     varchar(400) not null,
    room          varchar(40)  not null,
    head_name_enc varchar(300) not null,
    head_phone_enc varchar(300),
    head_id_enc   varchar(300),
    head_id_index char(64),
    members       int          not null check (members between 0 and 50),
    tenure        varchar(10)  not null check (tenure in ('OWNED', 'RENTED', 'VACANT')),
    note          varchar(500),
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    unique (building_id, room)
);
create index grid_household_grid_idx on urban.grid_household (grid_code);
create index grid_household_path_idx on urban.grid_household (grid_path varchar_pattern_ops);
create index grid_household_id_index_idx on urban.grid_household (head_id_index);

-- A key person (重点人员) the grid worker keeps an eye on: an elderly person living alone, a tenant of a rented home,
-- a person needing care… Usually of a household of the ledger.
create table urban.grid_person (
    id            bigint generated always as identity primary key,
    household_id  bigint       references urban.grid_household (id),
    grid_code     varchar(20)  not null,
    grid_path     varchar(400) not null,
    kind          varchar(20)  not null,
    name_enc      varchar(300) not null,
    phone_enc     varchar(300),
    id_number_enc varchar(300),
    id_index      char(64),
    birth_year    int check (birth_year is null or birth_year between 1900 and 2100),
    note          varchar(500),
    created_by    varchar(100) not null,
    created_at    timestamptz  not null
);
create index grid_person_grid_idx on urban.grid_person (grid_code, kind);
create index grid_person_path_idx on urban.grid_person (grid_path varchar_pattern_ops);
create index grid_person_household_idx on urban.grid_person (household_id);
create index grid_person_id_index_idx on urban.grid_person (id_index);

-- A place (场所): a rented room (出租屋), a shop, one of the 九小场所; its contact person encrypted.
create table urban.grid_place (
    id               bigint generated always as identity primary key,
    building_id      bigint       references urban.grid_building (id),
    grid_code        varchar(20)  not null,
    grid_path        varchar(400) not null,
    kind             varchar(20)  not null,
    name             varchar(100) not null,
    address          varchar(200) not null,
    address_key      varchar(200),
    contact_name_enc varchar(300),
    contact_phone_enc varchar(300),
    note             varchar(500),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null
);
create index grid_place_grid_idx on urban.grid_place (grid_code, kind);
create index grid_place_path_idx on urban.grid_place (grid_path varchar_pattern_ops);
create index grid_place_key_idx on urban.grid_place (address_key);

-- A visit (走访) to a household, key person or place of the ledger: planned (due_on, assignee) and then done
-- (visited_at, visited_by, what was found). household_id is the household the visit covers (the person's own for a
-- key person), counted by the monthly coverage. A case opened from the visit is kept here too (and linked on the kit).
create table urban.grid_visit (
    id            bigint generated always as identity primary key,
    grid_code     varchar(20)  not null,
    grid_path     varchar(400) not null,
    target_kind   varchar(10)  not null check (target_kind in ('HOUSEHOLD', 'PERSON', 'PLACE')),
    target_id     bigint       not null,
    household_id  bigint       references urban.grid_household (id),
    state         varchar(10)  not null check (state in ('PLANNED', 'DONE', 'CANCELLED')),
    assignee      varchar(100) not null,
    due_on        date,
    purpose       varchar(200),
    planned_by    varchar(100),
    planned_at    timestamptz,
    visited_at    timestamptz,
    visited_by    varchar(100),
    finding       varchar(2000),
    problem       boolean      not null default false,
    case_id       bigint,
    case_ref      varchar(40),
    created_at    timestamptz  not null,
    constraint grid_visit_done check ((state = 'DONE') = (visited_at is not null)),
    constraint grid_visit_planned check (state <> 'PLANNED' or due_on is not null)
);
create index grid_visit_grid_idx on urban.grid_visit (grid_code, visited_at);
create index grid_visit_due_idx on urban.grid_visit (grid_code, due_on);
create index grid_visit_path_idx on urban.grid_visit (grid_path varchar_pattern_ops);
create index grid_visit_assignee_idx on urban.grid_visit (assignee, state, due_on);
create index grid_visit_target_idx on urban.grid_visit (target_kind, target_id);
