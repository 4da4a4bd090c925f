-- What the reviewer did with each item the document reader proposed (accepted, edited, dropped), kept beside the
-- reader's proposal to measure the reader per document form.
create table plans.ingestion_review (
    id          bigserial primary key,
    draft_id    bigint not null references plans.draft (id),
    item_key    text not null,
    form        text not null,
    kind        text not null,
    confidence  numeric(3, 2) not null,
    proposal    jsonb not null,
    decision    text not null check (decision in ('ACCEPTED', 'EDITED', 'DROPPED')),
    edited      jsonb,
    changed     text[] not null default '{}',
    decided_by  text not null,
    decided_at  timestamptz not null default now(),
    unique (draft_id, item_key)
);

create index ingestion_review_form on plans.ingestion_review (form);
