-- The org tree: district → street → community → grid, and the district's departments.
-- path is the chain of codes from the district down ('/120104/120104001000/120104001001/'),
-- so a data scope is one indexed prefix match.
create table org.unit (
    code         varchar(32)  primary key check (code ~ '^[0-9A-Z]{6,32}$'),
    name         varchar(100) not null,
    short_name   varchar(50)  not null,
    level        varchar(16)  not null check (level in ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID', 'DEPARTMENT')),
    category     varchar(32)  check (category in ('LINE_DEPARTMENT', 'COMMAND_CENTRE', 'SUPERVISION_OFFICE')),
    parent_code  varchar(32)  references org.unit (code),
    path         varchar(400) not null unique,
    active       boolean      not null default true,
    valid_from   date,
    valid_to     date,
    sort_order   int          not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      int          not null default 0,
    constraint unit_root check ((level = 'DISTRICT') = (parent_code is null)),
    constraint unit_department_category check ((level = 'DEPARTMENT') = (category is not null)),
    constraint unit_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index unit_parent_idx on org.unit (parent_code);
create index unit_path_prefix_idx on org.unit (path varchar_pattern_ops);
create index unit_level_idx on org.unit (level, active);
