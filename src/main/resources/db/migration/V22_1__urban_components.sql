-- The 管理部件 inventory's own additions: the type-specific attributes each 小类 carries, when a component last
-- changed (the map and the lookup index follow it), and the indexes the lists and the map's bounding boxes use.

-- Type-specific attributes of a 小类 (CJ/T 214 leaves them to the class; DU-10). field is the attribute's name in
-- files (upper case, at most 10 characters so that a Shapefile's .dbf can hold it), label what people read; values
-- live in urban.component.attributes under field. A district adds its own rows like any other catalogue data.
create table urban.component_attribute (
    class_code  varchar(4)   not null,
    field       varchar(10)  not null check (field ~ '^[A-Z][A-Z0-9_]{0,9}$'),
    label       varchar(40)  not null,
    type        varchar(10)  not null check (type in ('TEXT', 'INTEGER')),
    primary key (class_code, field)
);

insert into urban.component_attribute (class_code, field, label, type) values
('0125', 'BUSINESS',  '经营范围',     'TEXT'),
('0126', 'EQUIPMENT', '健身设施数目', 'INTEGER'),
('0203', 'STATION',   '站名',         'TEXT'),
('0406', 'SCULPTURE', '雕塑名称',     'TEXT'),
('0602', 'SITENAME',  '工地名称',     'TEXT');

alter table urban.component add column updated_at timestamptz not null default now();

create index component_street_idx on urban.component (street_code);
create index component_community_idx on urban.component (community_code);
-- The map asks for a bounding box.
create index component_lng_lat_idx on urban.component (lng, lat);
create index component_state_idx on urban.component (state) where state <> 'INTACT';
