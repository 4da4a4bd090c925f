-- Routing's queue is now written in the transaction that registers the cases (routing.CaseListeners), no longer by
-- an asynchronous listener of CasesRegistered. Registrations that an earlier version had announced but not yet queued
-- wait in the event publication registry for a listener that no longer exists there: they join the queue here, so
-- none goes unrouted. The registry's table is made by Spring Modulith at start, after Flyway: absent on a new database.
do $$
begin
  if to_regclass('public.event_publication') is not null then
    insert into routing.queue (case_id, queued_at, not_before, payload)
    select (c ->> 'caseId')::bigint, p.publication_date, '-infinity', c
    from public.event_publication p
    cross join lateral jsonb_array_elements(p.serialized_event::jsonb -> 'cases') c
    where p.listener_id = 'org.zhili.routing.internal.CaseListeners.on(org.zhili.cases.CasesRegistered)'
      and p.completion_date is null
    on conflict (case_id) do nothing;
    delete from public.event_publication
    where listener_id = 'org.zhili.routing.internal.CaseListeners.on(org.zhili.cases.CasesRegistered)'
      and completion_date is null;
  end if;
end $$;
