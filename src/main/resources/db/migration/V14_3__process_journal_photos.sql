-- The process kit's whole-process record (全过程记录) of the loops that keep no event table of their own: each
-- step of an item, appended in the step's transaction and never changed, read back as the item's timeline.
create table process.journal_step (
    id           bigint generated always as identity primary key,
    loop         varchar(32)  not null,   -- inspection, hazard, rectification…
    item_id      bigint       not null,
    action       varchar(32)  not null,   -- a stable code: draw, record, confirm…
    action_label varchar(64)  not null,   -- what people read
    actor        varchar(100) not null,   -- the account, or system
    unit_code    varchar(32),             -- the unit the step concerns
    note         text,
    at           timestamptz  not null,
    clock_state  varchar(8)   check (clock_state in ('GREEN', 'YELLOW', 'RED'))  -- the item's clock's light then
);
create index journal_step_item_idx on process.journal_step (loop, item_id, at, id);

-- Photos of the items of every loop, re-encoded before they are kept (which drops their metadata).
create table process.photo (
    id            bigint generated always as identity primary key,
    loop          varchar(32)  not null,
    item_id       bigint       not null,
    step          bigint,                 -- the step it was taken with: a case event, a journal step…
    file_name     varchar(100) not null,
    content_type  varchar(40)  not null,
    size_bytes    int          not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz  not null
);
create index photo_item_idx on process.photo (loop, item_id, id);

-- The cases' photos move in with their ids (V14_4), so that their links keep working: new ones come after them.
select setval(pg_get_serial_sequence('process.photo', 'id'), coalesce((select max(id) from cases.attachment), 0) + 1, false);
