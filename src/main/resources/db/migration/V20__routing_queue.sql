-- Cases waiting for routing (classification, index, repeated requests, automatic dispatch). The registration's
-- listener only queues them; routing's own consumers take them in batches, so a flood of intake does not wait
-- on routing and the backlog can be counted. A case leaves the queue in the transaction that routed it.
create table routing.queue (
    case_id    bigint primary key,
    queued_at  timestamptz not null,
    attempts   int         not null default 0,
    not_before timestamptz not null,
    payload    jsonb       not null
);

create index queue_next_idx on routing.queue (not_before, queued_at);
