-- 人大代表建议 / 政协提案: registered, assigned (交办) to a lead unit and co-units, answered within 3 months
-- (6 when difficult), graded A–D, rated by the submitter, redone when unsatisfied.
create table plans.suggestion (
    id            bigserial primary key,
    kind          text not null check (kind in ('DEPUTY', 'CPPCC')),
    number        text not null,
    title         text not null check (length(title) between 1 and 200),
    content       text not null,
    submitters    text not null,
    session       text not null,
    registered_at date not null,
    state         text not null default 'REGISTERED',
    lead_unit     text,
    co_units      text[] not null default '{}',
    assigned_at   date,
    difficult     boolean not null default false,
    due           date,
    reply         text,
    grade         text check (grade in ('A', 'B', 'C', 'D')),
    met           boolean not null default false,
    replied_at    date,
    on_time       boolean,
    satisfaction  text,
    feedback_at   date,
    redo_count    int not null default 0,
    closed_at     date,
    public        boolean not null default false,
    unique (kind, session, number)
);

create table plans.suggestion_opinion (
    id            bigserial primary key,
    suggestion_id bigint not null references plans.suggestion (id) on delete cascade,
    unit_code     text not null,
    opinion       text not null,
    submitted_at  timestamptz not null,
    submitted_by  text not null,
    unique (suggestion_id, unit_code)
);

create table plans.suggestion_event (
    id            bigserial primary key,
    suggestion_id bigint not null references plans.suggestion (id) on delete cascade,
    at            timestamptz not null,
    action        text not null,
    by_user       text not null,
    note          text
);
create index on plans.suggestion_event (suggestion_id, at);
