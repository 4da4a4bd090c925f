-- Links between items of different loops (a dispute opened from a case, a petition referred after mediation…),
-- read from both ends.
create table process.item_link (
    id          bigint generated always as identity primary key,
    relation    varchar(40)  not null,
    from_loop   varchar(40)  not null,
    from_id     bigint       not null,
    from_ref    varchar(200) not null,
    from_link   varchar(300),
    from_label  varchar(100) not null,
    to_loop     varchar(40)  not null,
    to_id       bigint       not null,
    to_ref      varchar(200) not null,
    to_link     varchar(300),
    to_label    varchar(100) not null,
    linked_by   varchar(100) not null,
    linked_at   timestamptz  not null,
    unique (relation, from_loop, from_id, to_loop, to_id)
);
create index item_link_from_idx on process.item_link (from_loop, from_id);
create index item_link_to_idx on process.item_link (to_loop, to_id);
