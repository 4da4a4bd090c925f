-- The process kit's schema: what every loop shares.
create schema if not exists process;

-- One inbox for every loop: new work, whistles, reminders (催办), escalations, 督办, report due…
-- addressed to a unit; each reader's read state is kept per account (inbox_read).
create table process.inbox_message (
    id          bigint generated always as identity primary key,
    loop        varchar(32)  not null,   -- the loop that posted it: case, plan-task, suggestion…
    item_id     bigint,                  -- the item in that loop, when there is one
    item_ref    varchar(200),            -- what people see of the item: a tracking number, a task's title
    link        varchar(200),            -- the item's page
    unit_code   varchar(32)  not null,
    kind        varchar(32)  not null,
    kind_label  varchar(32)  not null,
    message     varchar(300) not null,
    created_at  timestamptz  not null,
    dedupe_key  varchar(200) unique,     -- a message that must be posted once (a reminder per period)
    read_at     timestamptz              -- read by the whole unit, before read state was kept per account
);
create index inbox_message_unit_idx on process.inbox_message (unit_code, created_at desc);
create index inbox_message_item_idx on process.inbox_message (loop, item_id);

create table process.inbox_read (
    message_id  bigint      not null references process.inbox_message (id) on delete cascade,
    username    varchar(64) not null,
    read_at     timestamptz not null,
    primary key (message_id, username)
);

-- The two inboxes before this one, moved over whole.
insert into process.inbox_message (loop, item_id, item_ref, link, unit_code, kind, kind_label, message, created_at, read_at)
select 'case', n.case_id, c.tracking_number, '/cases/' || n.case_id, n.unit_code, n.kind,
       case n.kind when 'ASSIGNED' then '新派单' when 'WHISTLED' then '吹哨' when 'APPROVAL' then '待审批'
                   when 'REVIEW' then '待审核' when 'REWORK' then '返工' when 'REMINDER' then '催办'
                   when 'ESCALATION' then '超期' when 'SUPERVISION' then '督办' else n.kind end,
       n.message, n.created_at, n.read_at
from cases.notification n join cases.case_record c on c.id = n.case_id
order by n.id;

insert into process.inbox_message (loop, item_id, item_ref, link, unit_code, kind, kind_label, message, created_at,
                                   dedupe_key, read_at)
select case when n.task_id is null then 'suggestion' else 'plan-task' end, n.task_id, left(t.title, 200),
       case when n.task_id is null then '/plans/suggestions' else '/plans/tasks/' || n.task_id end,
       n.unit_code, n.kind,
       case n.kind when 'SUPERVISION' then '督办' when 'MILESTONE_OVERDUE' then '节点逾期'
                   when 'REPORT_DUE' then '进展待报' when 'SUGGESTION' then '建议提案' else n.kind end,
       left(n.message, 300), n.created_at, n.dedupe_key, n.read_at
from plans.notice n left join plans.task t on t.id = n.task_id
order by n.id;

drop table cases.notification;
drop table plans.notice;
