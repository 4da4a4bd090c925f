-- 社区准入清单: the work that may be pushed down to communities (社区工作事项), kept by the district's 社区治理 office,
-- and every assignment of a loop's item to a community checked against it. An assignment off the list waits for
-- approval; the community is not given the work until it is approved. The report counts both by community, by the
-- assigning unit and by period.
create table process.community_work_item (
    id           bigint generated always as identity primary key,
    name         varchar(100) not null,
    basis        varchar(300) not null,
    approved_on  date         not null,
    keywords     varchar(200),
    active       boolean      not null default true,
    updated_at   timestamptz  not null default now(),
    updated_by   varchar(100) not null default 'system'
);
create unique index community_work_item_name_idx on process.community_work_item (name) where active;

create table process.community_assignment (
    id              bigint generated always as identity primary key,
    loop            varchar(32)   not null,
    item_id         bigint        not null,
    item_ref        varchar(200)  not null,
    link            varchar(200),
    title           varchar(500)  not null,
    community_code  varchar(32)   not null,
    role            varchar(8)    not null default 'LEAD' check (role in ('LEAD', 'CO')),
    assigning_unit  varchar(32),
    list_item_id    bigint        references process.community_work_item (id),
    state           varchar(10)   not null check (state in ('LISTED', 'PENDING', 'APPROVED', 'REFUSED')),
    reason          varchar(1000),
    requested_by    varchar(100)  not null,
    requested_at    timestamptz   not null,
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_note   varchar(1000)
);
create index community_assignment_state_idx on process.community_assignment (state, requested_at desc);
create index community_assignment_item_idx on process.community_assignment (loop, item_id);
create index community_assignment_period_idx on process.community_assignment (requested_at);
-- one open request per item and community: asking again while it waits answers the same request
create unique index community_assignment_pending_idx on process.community_assignment (loop, item_id, community_code)
    where state = 'PENDING';

-- The list the district approved (民政部《社区工作事项清单》-style items with their legal basis); the office edits it.
insert into process.community_work_item (name, basis, approved_on, keywords) values
 ('社区党建工作', '《中国共产党章程》《中国共产党支部工作条例（试行）》', date '2024-06-28', '党建,党员,党组织'),
 ('居民委员会换届选举', '《中华人民共和国城市居民委员会组织法》第八条', date '2024-06-28', '选举,换届'),
 ('协助开展人口普查等国情国力调查', '《中华人民共和国统计法》第十七条、《全国人口普查条例》', date '2024-06-28', '普查,统计调查'),
 ('协助开展最低生活保障、特困供养和临时救助申请受理', '《社会救助暂行办法》第十一条', date '2024-06-28', '低保,救助,特困'),
 ('协助做好残疾人服务', '《中华人民共和国残疾人保障法》第九条', date '2024-06-28', '残疾人'),
 ('协助开展养老服务和老年人权益保障', '《中华人民共和国老年人权益保障法》第七条', date '2024-06-28', '养老,老年人'),
 ('协助开展未成年人保护', '《中华人民共和国未成年人保护法》第四十三条', date '2024-06-28', '未成年人,儿童'),
 ('人民调解和矛盾纠纷排查', '《中华人民共和国人民调解法》第八条', date '2024-06-28', '调解,纠纷'),
 ('协助开展社区矫正和安置帮教', '《中华人民共和国社区矫正法》第十二条', date '2024-06-28', '矫正,帮教'),
 ('协助开展禁毒宣传和社区戒毒社区康复', '《中华人民共和国禁毒法》第十一条、第三十四条', date '2024-06-28', '禁毒,戒毒'),
 ('协助开展消防安全宣传和隐患排查', '《中华人民共和国消防法》第三十二条', date '2024-06-28', '消防,火灾'),
 ('协助做好突发事件应对和防灾减灾', '《中华人民共和国突发事件应对法》第二十九条', date '2024-06-28', '应急,防汛,减灾'),
 ('协助开展爱国卫生和健康教育', '《中华人民共和国基本医疗卫生与健康促进法》第七十二条', date '2024-06-28', '卫生,健康'),
 ('协助开展传染病防控', '《中华人民共和国传染病防治法》第九条', date '2024-06-28', '传染病,疫情,疫苗'),
 ('协助做好就业创业服务', '《中华人民共和国就业促进法》第三十五条', date '2024-06-28', '就业,创业'),
 ('协助开展城乡居民养老和医疗保险参保登记', '《中华人民共和国社会保险法》', date '2024-06-28', '参保,社保,医保'),
 ('协助开展征兵和退役军人服务', '《中华人民共和国兵役法》《中华人民共和国退役军人保障法》', date '2024-06-28', '征兵,退役军人'),
 ('协助开展生活垃圾分类宣传指导', '《天津市生活废弃物管理规定》', date '2024-06-28', '垃圾分类'),
 ('协助指导业主委员会和物业管理', '《中华人民共和国民法典》第二百七十七条、《物业管理条例》', date '2024-06-28', '物业,业委会'),
 ('协助做好流动人口居住登记', '《居住证暂行条例》', date '2024-06-28', '流动人口,居住证'),
 ('组织开展志愿服务和文明创建', '《志愿服务条例》', date '2024-06-28', '志愿,文明创建'),
 ('协助开展法治宣传教育', '《中华人民共和国宪法》第二十四条、法治宣传教育规划', date '2024-06-28', '普法,法治宣传');
