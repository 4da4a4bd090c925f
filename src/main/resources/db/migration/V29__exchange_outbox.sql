-- The exchange's outbox: each domain event meant for the district's data-sharing exchange becomes a row here in the
-- transaction that published it (exchange.internal.Outbox); a relay sends pending rows to Kafka when a broker is
-- configured and marks them sent. Without a broker they wait here, shown on the admin page.
create schema if not exists exchange;

create table exchange.outbox (
  id bigserial primary key,
  topic text not null,
  message_key text not null,
  type text not null,
  version int not null,
  payload jsonb not null,
  occurred_at timestamptz not null,
  queued_at timestamptz not null,
  sent_at timestamptz,
  attempts int not null default 0,
  last_error text
);

-- the relay reads pending rows oldest first; the retention task and the admin page read the sent ones by time
create index outbox_pending on exchange.outbox (id) where sent_at is null;
create index outbox_sent on exchange.outbox (sent_at) where sent_at is not null;
