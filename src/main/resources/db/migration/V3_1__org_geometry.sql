-- Polygons of the org units in WGS84 (EPSG:4326), stored as WKB. There is no PostGIS: spatial work
-- (locate, validation, generation) happens in memory with JTS. The envelope columns let the map ask for
-- what is in view with plain range predicates.
-- source: IMPORTED (a real layer loaded by an administrator, or the published district outline) or
-- GENERATED (demo geometry, shown as 示意 and replaced by an import).
create table org.unit_geometry (
    unit_code  varchar(32)      primary key references org.unit (code),
    geom       bytea            not null,
    source     varchar(16)      not null check (source in ('IMPORTED', 'GENERATED')),
    area_m2    double precision not null check (area_m2 >= 0),
    min_lng    double precision not null,
    min_lat    double precision not null,
    max_lng    double precision not null,
    max_lat    double precision not null,
    updated_at timestamptz      not null default now(),
    constraint unit_geometry_envelope check (min_lng <= max_lng and min_lat <= max_lat)
);
create index unit_geometry_envelope_idx on org.unit_geometry (min_lng, max_lng, min_lat, max_lat);
