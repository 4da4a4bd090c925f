-- Cases received per day by place (street, community, grid), channel and category (second level, as the hot
-- categories count), kept in the same transaction as the registrations, so the cockpit's tiles, heat map and
-- rising categories read sums of a month's rows instead of counting cases. A missing place or category is ''.
create table cases.place_day_stats (
    day             date        not null,
    street_code     varchar(32) not null default '',
    community_code  varchar(32) not null default '',
    grid_code       varchar(32) not null default '',
    channel         varchar(16) not null,
    category_code   varchar(16) not null default '',
    received        int         not null default 0,
    primary key (day, street_code, community_code, grid_code, channel, category_code)
);
create index place_day_stats_street_idx on cases.place_day_stats (street_code, day);
create index place_day_stats_community_idx on cases.place_day_stats (community_code, day);

insert into cases.place_day_stats (day, street_code, community_code, grid_code, channel, category_code, received)
select (registered_at at time zone 'Asia/Shanghai')::date, coalesce(street_code, ''), coalesce(community_code, ''),
       coalesce(grid_code, ''), channel, coalesce(left(category_code, 5), ''), count(*)
from cases.case_record
group by 1, 2, 3, 4, 5, 6;

-- The case list drilled down from the cockpit's heat map: a community's or a grid's cases, newest first.
create index case_grid_time_idx on cases.case_record (grid_code, registered_at) where grid_code is not null;
