create schema if not exists open311;

-- The extra questions a service asks (GeoReport v2 service definitions), per service code (a category code).
-- Configuration as data: an administrator may add rows; the services list says metadata=true where any exist.
create table open311.service_attribute (
    service_code          varchar(16)  not null,
    code                  varchar(40)  not null check (code ~ '^[A-Za-z0-9_-]+$'),
    variable              boolean      not null default true,
    datatype              varchar(16)  not null
        check (datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
    required              boolean      not null default false,
    datatype_description  varchar(200),
    sort_order            int          not null,
    description           varchar(400) not null,
    -- for the list types: [{"key": "DAY", "name": "白天"}, …]
    list_values           jsonb,
    primary key (service_code, code),
    constraint attribute_lists check ((datatype in ('singlevaluelist', 'multivaluelist')) = (list_values is not null))
);

-- 噪音污染 and 城市公共设施 ask a few questions, so that clients can be tried with attributes.
insert into open311.service_attribute (service_code, code, variable, datatype, required, datatype_description, sort_order, description, list_values) values
  ('C040203', 'NOTICE', false, 'string', false, null, 1, '正在发生的夜间施工噪音，可同时拨打 110 报警。', null),
  ('C040203', 'NOISE_TIME', true, 'singlevaluelist', true, null, 2, '噪音主要出现在什么时段？',
   '[{"key": "DAY", "name": "白天（6–22 时）"}, {"key": "NIGHT", "name": "夜间（22–6 时）"}]'),
  ('C040203', 'NOISE_SOURCE', true, 'multivaluelist', false, null, 3, '噪音来源（可多选）',
   '[{"key": "CONSTRUCTION", "name": "建筑施工"}, {"key": "BUSINESS", "name": "商业经营"}, {"key": "RESIDENT", "name": "社会生活"}, {"key": "TRAFFIC", "name": "交通运输"}]'),
  ('C040203', 'NOISE_SINCE', true, 'datetime', false, 'ISO 8601，如 2026-05-01T22:00:00+08:00', 4, '从什么时候开始？', null),
  ('C010204', 'FACILITY', true, 'singlevaluelist', true, null, 1, '哪种设施？',
   '[{"key": "STREET_LIGHT", "name": "路灯"}, {"key": "MANHOLE", "name": "井盖"}, {"key": "BENCH", "name": "座椅"}, {"key": "SIGN", "name": "标识牌"}, {"key": "OTHER", "name": "其他"}]'),
  ('C010204', 'COUNT', true, 'number', false, '整数', 2, '涉及几处？', null),
  ('C010204', 'PLATE', true, 'string', false, '设施上的编号，如 NK-LD-0231', 3, '设施编号', null),
  ('C010204', 'DETAIL', true, 'text', false, null, 4, '补充说明', null);

-- Requests received through Open311: the client's own identifiers, the attributes answered and the media URL,
-- and the token each request can be looked up by (GET tokens/{token}).
create table open311.request (
    token               varchar(40)  primary key,
    service_request_id  varchar(20)  not null unique,
    api_key             varchar(100) not null,
    service_code        varchar(16)  not null,
    attributes          jsonb        not null default '{}',
    media_url           varchar(1000),
    device_id           varchar(100),
    account_id          varchar(100),
    email               varchar(200),
    created_at          timestamptz  not null
);
