-- Every rate is a share of one cohort (docs/rates.md). Acceptances (签收) and returns (退单) used to be counted
-- on the day they happened, dispatches on the day of the dispatch, so a month could show 响应率 above 100 %.
-- From now on they are counted on the day (and for the unit) of the dispatch they answer, and duplicates
-- (重复诉求) on the day the duplicate was registered, like 受理量.
--
-- 1. The timeline rows get the instant that puts them into their cohort, as the steps now write it; nothing
--    else of the timeline changes.
-- 2. The four counters concerned are recomputed from the timeline (as UnitStats#rebuild counts them); the
--    others are counted on the day their event happened and stay as they are.

-- The dispatch (派单, 指定 or 再交办) an acceptance or an approved return answers: the case's last one before it.
with answered as (
    select a.id,
           (select d.occurred_at from cases.case_event d
            where d.case_id = a.case_id and d.action in ('DISPATCH', 'DESIGNATE', 'REDISPATCH')
              and (d.occurred_at < a.occurred_at or d.occurred_at = a.occurred_at and d.id < a.id)
            order by d.occurred_at desc, d.id desc
            limit 1) as dispatched_at
    from cases.case_event a
    where (a.action = 'ACCEPT' or a.action = 'APPROVE' and a.detail ->> 'request' = 'RETURN')
      and not coalesce(a.detail ? 'dispatchedAt', false)
)
update cases.case_event e
set detail = coalesce(e.detail, '{}'::jsonb)
             || jsonb_build_object('dispatchedAt', to_char(answered.dispatched_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
from answered
where e.id = answered.id and answered.dispatched_at is not null;

-- A duplicate's merge row (the one naming its street) gets the duplicate's registration time.
update cases.case_event e
set detail = e.detail || jsonb_build_object('registeredAt', to_char(c.registered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
from cases.case_record c
where c.id = e.case_id and e.action = 'MERGE' and e.detail ? 'street' and not e.detail ? 'registeredAt';

update cases.unit_day_stats set accepted = 0, accepted_on_time = 0, returned = 0, duplicates = 0
where accepted <> 0 or accepted_on_time <> 0 or returned <> 0 or duplicates <> 0;

insert into cases.unit_day_stats (unit_code, day, accepted, accepted_on_time, returned, duplicates)
select unit, day,
       count(*) filter (where action = 'ACCEPT'),
       count(*) filter (where action = 'ACCEPT' and cases.flag(detail, 'onTime')),
       count(*) filter (where action = 'APPROVE'),
       count(*) filter (where action = 'MERGE')
from (select e.action, e.detail,
             case when e.action = 'MERGE' then e.detail ->> 'street' else e.unit_code end as unit,
             (coalesce((e.detail ->> case when e.action = 'MERGE' then 'registeredAt' else 'dispatchedAt' end)::timestamptz,
                       e.occurred_at) at time zone 'Asia/Shanghai')::date as day
      from cases.case_event e
      where e.action in ('ACCEPT', 'MERGE') or e.action = 'APPROVE' and e.detail ->> 'request' = 'RETURN') x
where unit is not null
group by unit, day
on conflict (unit_code, day) do update
set accepted = excluded.accepted, accepted_on_time = excluded.accepted_on_time, returned = excluded.returned,
    duplicates = excluded.duplicates;

-- Days left with nothing counted (their acceptances moved to the dispatch's day), as live counting never writes.
delete from cases.unit_day_stats
where received + direct_answered + dispatched + accepted + accepted_on_time + returned + replied + replied_on_time
      + reworked + rated + solved + satisfied + basically_satisfied + unsatisfied + unrated + closed + closed_on_time
      + handling_seconds + duplicates + supervised = 0;
