-- The process kit's clocks: every running time limit of every loop, on the working-day calendar.
-- A clock's due is always start + limit on today's calendar (or the last working day of a date limit),
-- plus what was added since (approved extensions, paused time): a calendar correction recomputes it.
create table process.clock (
    id          bigint generated always as identity primary key,
    loop        varchar(32)  not null,
    item_id     bigint       not null,
    name        varchar(32)  not null,   -- which of the item's clocks: accept, feedback, answer, milestone…
    holder      varchar(64)  not null default '',  -- whose clock when an item has several of one name (a unit)
    started_at  timestamptz  not null,
    time_limit  varchar(16),             -- a TimeLimit (15min, 1wd…), or null for a date limit
    until_day   date,                    -- a date limit: due at the end of that day, or of the next working day
    extra_seconds bigint     not null default 0,  -- added since: extensions, paused time (working time for working limits)
    due_at      timestamptz  not null,
    warn_at     timestamptz,
    paused_at   timestamptz,
    state       varchar(8)   not null default 'RUNNING' check (state in ('RUNNING', 'PAUSED', 'STOPPED')),
    stopped_at  timestamptz,
    warned_for  timestamptz,             -- the due instant whose warning reached the loop (each alarm goes off once)
    fired_for   timestamptz,             -- the due instant whose due alarm reached the loop
    check ((time_limit is null) <> (until_day is null)),
    unique (loop, item_id, name, holder)
);
create index clock_open_idx on process.clock (due_at) where state <> 'STOPPED';

-- The timers before the kit: deadlines of cases (now clocks, adopted from the cases at start) and the daily
-- sweep of plans (now a clock per milestone and monthly report).
delete from scheduled_tasks where task_name in ('case-deadline', 'plans-reminders');
