-- Audit rows are appended without waiting for each other and sealed into the hash chain shortly after,
-- in order, by one sealer at a time: seq is the row's place in the chain, hash and prev_hash are set then.
-- The hash now covers seq too, so rows written before this version are sealed again, in id order.
alter table identity.audit_event alter column hash drop not null;
alter table identity.audit_event alter column prev_hash drop not null;
alter table identity.audit_event add column seq bigint;
alter table identity.audit_chain add column last_seq bigint not null default 0;
alter table identity.audit_chain rename column anchor_id to anchor_seq;

alter table identity.audit_event disable trigger audit_event_append_only;
update identity.audit_event set hash = null, prev_hash = null;
alter table identity.audit_event enable trigger audit_event_append_only;
update identity.audit_chain set last_hash = repeat('0', 64), anchor_hash = repeat('0', 64), anchor_seq = null,
    last_seq = 0;

create unique index audit_event_seq_key on identity.audit_event (seq);
create index audit_event_unsealed_idx on identity.audit_event (id) where hash is null;

-- Rows never change, except that an unsealed row is sealed once; the audited purge may delete.
create or replace function identity.audit_event_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('zhili.audit_purge', true) = 'on' then
        return old;
    end if;
    if tg_op = 'UPDATE' and old.hash is null and new.hash is not null and new.seq is not null
       and (new.id, new.occurred_at, new.actor, new.address, new.action, new.target, new.outcome, new.detail)
           is not distinct from
           (old.id, old.occurred_at, old.actor, old.address, old.action, old.target, old.outcome, old.detail) then
        return new;
    end if;
    raise exception 'audit_event is append-only (% refused)', tg_op;
end
$$;
