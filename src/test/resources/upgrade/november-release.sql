-- A district's records as the release of 2026-11-22 (commit f4fa538, migrations up to V11) kept them: a plan with
-- two tasks, each with a 督办 of plans.supervision, and two cases — one being handled, one closed — each with its
-- steps and a 督办 step. A database holding both kinds of 督办 is what stopped at V13 before it was corrected.
insert into plans.plan (id, title, year, kind, description, published, public, created_at, created_by)
values (1, '2026年南开区政府工作要点（升级测试）', 2026, 'WORK_POINTS', '区政府年度重点工作', true, true,
        '2026-01-20 09:00+08', 'operator');
insert into plans.task (id, plan_id, position, number, title, text, lead_unit, co_units, leader, deadline)
values (1, 1, 1, '1', '完成老旧小区改造40个', '年内完成老旧小区改造40个，惠及居民1.2万户。', '120104CGW', '{}', '周海涛',
        '2026-12-31'),
       (2, 1, 2, '2', '新建口袋公园5处', '在长虹、鼓楼街道新建口袋公园5处。', '120104CGW', '{120104001000}', '周海涛',
        '2026-12-20');
insert into plans.supervision (id, task_id, level, note, reply_due, created_at, created_by, reply, replied_at, replied_by)
values (1, 1, 'YELLOW', '改造进度滞后于计划，请说明原因并提出措施', '2026-11-13', '2026-11-10 10:00+08', 'supervisor',
        '已增派两支施工队伍，月底前完成剩余12个小区。', '2026-11-12 15:30+08', 'chengguan'),
       -- still to be answered when the test runs, so that nobody escalates it meanwhile
       (2, 2, 'NORMAL', '口袋公园选址尚未确定，请加快推进', current_date + 20, now() - interval '2 days', 'supervisor', null,
        null, null);
select setval(pg_get_serial_sequence('plans.plan', 'id'), 1);
select setval(pg_get_serial_sequence('plans.task', 'id'), 2);
select setval(pg_get_serial_sequence('plans.supervision', 'id'), 2);

insert into cases.case_record (id, tracking_number, query_code, state, channel, type, urgency, title, description,
                               address, street_code, community_code, territory_path, anonymous, lead_unit_code,
                               lead_unit_path, registered_at, registered_by, dispatched_at, accepted_at, accept_due_at,
                               accept_limit, feedback_due_at, feedback_limit, supervision)
overriding system value
values (1, 'NK2026111000001', '482913', 'HANDLING', 'HOTLINE', 'COMPLAINT', 'ORDINARY', '光明路小区门口路灯不亮',
        '光明路小区南门外三盏路灯连续一周不亮，夜间老人出行不便（升级测试）。', '南开区长虹街道光明路12号', '120104001000',
        '120104001001', '/120104/120104001000/120104001001/', true, '120104001000', '/120104/120104001000/',
        '2026-11-10 09:00+08', 'operator', '2026-11-10 09:10+08', '2026-11-10 10:00+08', '2026-11-10 11:10+08', '2h',
        '2026-11-24 09:10+08', '10wd', 'YELLOW');
insert into cases.case_record (id, tracking_number, query_code, state, channel, type, urgency, title, description,
                               address, street_code, community_code, territory_path, anonymous, lead_unit_code,
                               lead_unit_path, registered_at, registered_by, dispatched_at, accepted_at, replied_at,
                               closed_at, reply_result, reply_text, solved, satisfaction, supervision)
overriding system value
values (2, 'NK2026110300002', '190377', 'CLOSED', 'HOTLINE', 'HELP', 'ORDINARY', '雅云里楼道堆物',
        '雅云里小区5号楼楼道长期堆放杂物，存在消防隐患（升级测试）。', '南开区长虹街道雅云里5号楼', '120104001000',
        '120104001003', '/120104/120104001000/120104001003/', true, '120104001000', '/120104/120104001000/',
        '2026-11-03 14:00+08', 'operator', '2026-11-03 14:20+08', '2026-11-03 15:00+08', '2026-11-05 16:00+08',
        '2026-11-07 10:00+08', 'SOLVED', '已联系物业清理楼道杂物。', true, 'SATISFIED', 'NORMAL');
select setval(pg_get_serial_sequence('cases.case_record', 'id'), 2);

insert into cases.case_unit (case_id, unit_code, unit_path, role, round, active)
values (1, '120104001000', '/120104/120104001000/', 'LEAD', 1, true),
       (2, '120104001000', '/120104/120104001000/', 'LEAD', 1, true);

insert into cases.case_event (case_id, round, action, from_state, to_state, actor, actor_unit, unit_code, occurred_at,
                              note, deadline_state, detail)
values (1, 1, 'REGISTER', null, 'REGISTERED', 'operator', '120104', null, '2026-11-10 09:00+08', null, 'NONE', null),
       (1, 1, 'DISPATCH', 'REGISTERED', 'DISPATCHED', 'dispatcher', '120104', '120104001000', '2026-11-10 09:10+08', null,
        'GREEN', null),
       (1, 1, 'ACCEPT', 'DISPATCHED', 'HANDLING', 'changhong', '120104001000', '120104001000', '2026-11-10 10:00+08',
        null, 'GREEN', null),
       (1, 1, 'SUPERVISE', 'HANDLING', 'HANDLING', 'supervisor', '120104', '120104001000', '2026-11-20 09:00+08',
        '路灯维修进展缓慢，请尽快修复', 'YELLOW', '{"level": "YELLOW"}'),
       (2, 1, 'REGISTER', null, 'REGISTERED', 'operator', '120104', null, '2026-11-03 14:00+08', null, 'NONE', null),
       (2, 1, 'DISPATCH', 'REGISTERED', 'DISPATCHED', 'dispatcher', '120104', '120104001000', '2026-11-03 14:20+08', null,
        'GREEN', null),
       (2, 1, 'SUPERVISE', 'DISPATCHED', 'DISPATCHED', 'supervisor', '120104', '120104001000', '2026-11-03 14:50+08',
        '请尽快签收', 'GREEN', '{"level": "NORMAL"}'),
       (2, 1, 'ACCEPT', 'DISPATCHED', 'HANDLING', 'changhong', '120104001000', '120104001000', '2026-11-03 15:00+08',
        null, 'GREEN', null),
       (2, 1, 'REPLY', 'HANDLING', 'REPLIED', 'changhong', '120104001000', '120104001000', '2026-11-05 16:00+08',
        '已联系物业清理楼道杂物。', 'GREEN', null),
       (2, 1, 'CLOSE', 'RATED', 'CLOSED', 'operator', '120104', null, '2026-11-07 10:00+08', null, 'NONE', null);

-- Case 1's registration as that release announced it and had not yet routed when it stopped: a publication of
-- CasesRegistered for the asynchronous listener that queued cases for routing then (Spring Modulith's registry).
create table if not exists public.event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
insert into public.event_publication (id, listener_id, event_type, serialized_event, publication_date)
values ('5d1c2f3e-0b7a-4c11-9a57-2f0e8c1d4b61',
        'org.zhili.routing.internal.CaseListeners.on(org.zhili.cases.CasesRegistered)', 'org.zhili.cases.CasesRegistered',
        '{"cases":[{"caseId":1,"trackingNumber":"NK2026111000001","categoryCode":null,"streetCode":"120104001000","channel":"HOTLINE"}]}',
        '2026-11-10 09:00+08');
