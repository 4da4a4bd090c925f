-- 数字城管 (GB/T 30428): the catalogue of component and event classes, and the urban-management case file.
create schema if not exists urban;

-- 大类 / 小类 of 管理部件 (COMPONENT) and 事件 (EVENT). Seeded from the national classes (GB/T 30428.2, CJ/T 214);
-- a district extends it locally (local = true). Each 小类 carries its 立案条件, 结案条件, the unit that normally
-- handles it (the part of a department's code after the district's code, e.g. CGW) and its 处置时限 by urgency, as
-- calendar time limits ('2wh' two working hours, '1wd' one working day, '30min'…).
create table urban.catalogue_class (
    kind              varchar(10)  not null check (kind in ('COMPONENT', 'EVENT')),
    code              varchar(4)   not null,               -- 大类 (2 digits) + 小类 (2 digits)
    major_name        varchar(40)  not null,
    name              varchar(60)  not null,
    register_condition varchar(300) not null,
    close_condition   varchar(300) not null,
    handler_suffix    varchar(20)  not null,
    limit_normal      varchar(12)  not null,
    limit_urgent      varchar(12)  not null,
    local             boolean      not null default false,
    active            boolean      not null default true,
    primary key (kind, code)
);

insert into urban.catalogue_class (kind, code, major_name, name, register_condition, close_condition, handler_suffix, limit_normal, limit_urgent) values
('COMPONENT','0101','公用设施','上水井盖','井盖丢失、破损、移位或井周沉陷','井盖补齐或更换，盖框平稳，井周平整','CGW','2wh','1h'),
('COMPONENT','0102','公用设施','污水井盖','井盖丢失、破损、移位或井周沉陷','井盖补齐或更换，盖框平稳','CGW','2wh','1h'),
('COMPONENT','0103','公用设施','雨水井盖','井盖丢失、破损、移位或雨水篦子缺失','井盖或篦子补齐，盖框平稳','CGW','2wh','1h'),
('COMPONENT','0104','公用设施','电力井盖','井盖丢失、破损或移位','井盖补齐或更换','CGW','4wh','2h'),
('COMPONENT','0105','公用设施','路灯井盖','井盖丢失、破损或移位','井盖补齐或更换','CGW','4wh','2h'),
('COMPONENT','0106','公用设施','通讯井盖','井盖丢失、破损或移位','井盖补齐或更换','CGW','4wh','2h'),
('COMPONENT','0107','公用设施','燃气井盖','井盖丢失、破损、移位或有异味','井盖补齐，燃气企业确认无泄漏','CGW','2wh','1h'),
('COMPONENT','0108','公用设施','热力井盖','井盖丢失、破损、移位或冒汽','井盖补齐，热力企业处置完毕','CGW','2wh','1h'),
('COMPONENT','0109','公用设施','无主井盖','井盖丢失、破损或移位且权属不明','井盖补齐，权属单位认领或代为维护','CGW','4wh','2h'),
('COMPONENT','0110','公用设施','路灯','灯杆倾斜、灯具损坏或夜间不亮','灯具修复，夜间正常亮灯','CGW','2wd','4wh'),
('COMPONENT','0111','公用设施','消防栓','消防栓损坏、漏水、被埋压或圈占','消防栓修复，周边清理可用','XFZ','1wd','2wh'),
('COMPONENT','0112','公用设施','电力设施','箱体破损、门未关闭或线缆外露','箱体修复，门锁闭，线缆归位','CGW','1wd','2wh'),
('COMPONENT','0113','公用设施','通信交接箱','箱体破损、门未关闭或线缆外露','箱体修复，门锁闭','CGW','2wd','1wd'),
('COMPONENT','0125','公用设施','报刊亭','亭体破损、超范围经营或废弃未拆','亭体修复，经营规范或已拆除','CGW','3wd','1wd'),
('COMPONENT','0126','公用设施','健身设施','器材损坏、松动或有安全隐患','器材修复或拆除，安全可用','WLJ','3wd','1wd'),
('COMPONENT','0201','道路交通','停车场','设施损坏或标线不清','设施修复，标线清晰','GAJ','3wd','1wd'),
('COMPONENT','0203','道路交通','公交站亭','站亭、站牌破损或污损','站亭、站牌修复、清洁','CGW','3wd','1wd'),
('COMPONENT','0205','道路交通','交通标志牌','标志牌缺失、倾倒、遮挡或破损','标志牌补齐、扶正或修复','GAJ','2wd','4wh'),
('COMPONENT','0206','道路交通','道路护栏','护栏断裂、倾倒或缺失','护栏修复或补齐','CGW','2wd','4wh'),
('COMPONENT','0207','道路交通','隔离墩','隔离墩缺失、移位或破损','隔离墩补齐、归位','CGW','2wd','1wd'),
('COMPONENT','0208','道路交通','信号灯','信号灯不亮、闪烁异常或灯杆倾斜','信号灯恢复正常','GAJ','4wh','1h'),
('COMPONENT','0210','道路交通','过街天桥','桥面、栏杆、梯道破损','破损部位修复','CGW','3wd','1wd'),
('COMPONENT','0212','道路交通','盲道','盲道砖缺失、破损或被占用','盲道修复、清障','CGW','3wd','1wd'),
('COMPONENT','0301','市容环境','公共厕所','设施损坏、不洁或未按时开放','设施修复、保洁到位、正常开放','CGW','1wd','4wh'),
('COMPONENT','0302','市容环境','垃圾间（楼）','设施破损、垃圾满溢或异味扰民','设施修复、清运完毕','CGW','4wh','2h'),
('COMPONENT','0303','市容环境','垃圾箱','垃圾箱破损、缺失或满溢','垃圾箱修复或补齐、清运完毕','CGW','4wh','2h'),
('COMPONENT','0306','市容环境','户外广告牌','广告牌破损、松动或有坠落危险','广告牌加固、修复或拆除','CGW','2wd','2h'),
('COMPONENT','0401','园林绿化','古树名木','古树名木受损、倾斜或病虫害','养护处置完毕，挂牌完好','CGW','3wd','1wd'),
('COMPONENT','0402','园林绿化','行道树','树木倒伏、断枝、枯死或树穴缺损','扶正、修剪、补植或树穴修复','CGW','2wd','2h'),
('COMPONENT','0403','园林绿化','护树设施','护树板、支撑杆缺失或破损','护树设施补齐','CGW','3wd','1wd'),
('COMPONENT','0404','园林绿化','绿地','绿地被毁、裸露或被圈占','绿地恢复','CGW','5wd','2wd'),
('COMPONENT','0406','园林绿化','雕塑','雕塑破损、污损或倾斜','雕塑修复、清洁','WLJ','5wd','2wd'),
('COMPONENT','0501','房屋土地','宣传栏','宣传栏破损或内容过期','宣传栏修复、内容更新','CGW','3wd','1wd'),
('COMPONENT','0503','房屋土地','人防工事','出入口破损、被占用或积水','修复、清障、排水','ZJW','3wd','1wd'),
('COMPONENT','0601','其他设施','重大危险源','防护设施缺失或有泄漏迹象','防护到位，隐患消除','YJJ','4wh','1h'),
('COMPONENT','0602','其他设施','工地','围挡破损、出入口不洁或无公示牌','围挡修复、出入口清洁、公示齐全','ZJW','2wd','4wh'),
('EVENT','0101','市容环境','私搭乱建','公共区域新增违法搭建的建（构）筑物','违法搭建拆除，场地恢复','CGW','5wd','2wd'),
('EVENT','0102','市容环境','暴露垃圾','公共区域暴露垃圾0.5平方米以上','垃圾清除，地面洁净','CGW','4wh','2h'),
('EVENT','0103','市容环境','积存垃圾渣土','积存垃圾渣土1立方米以上','垃圾渣土清运完毕','CGW','1wd','4wh'),
('EVENT','0104','市容环境','道路不洁','道路有明显污渍、油渍或散落杂物','道路清扫冲洗洁净','CGW','4wh','2h'),
('EVENT','0105','市容环境','水域不洁','河道、湖面漂浮垃圾或水体异味','水面清捞洁净','CGW','1wd','4wh'),
('EVENT','0106','市容环境','绿地脏乱','绿地内垃圾、杂物明显','绿地清理洁净','CGW','1wd','4wh'),
('EVENT','0107','市容环境','乱堆物料','公共区域乱堆乱放物料','物料清理，场地恢复','CGW','1wd','4wh'),
('EVENT','0201','宣传广告','非法小广告','张贴、涂写、喷涂非法小广告','小广告清除，墙面恢复','CGW','1wd','4wh'),
('EVENT','0202','宣传广告','违规户外广告','未经审批设置户外广告或牌匾','违规广告拆除','CGW','5wd','2wd'),
('EVENT','0203','宣传广告','街头散发广告','街头散发商业广告','现场制止，散落广告清理','CGW','4wh','1h'),
('EVENT','0204','宣传广告','占道广告牌','广告牌、展板占用道路','占道广告牌清除','CGW','4wh','2h'),
('EVENT','0301','施工管理','施工扰民','夜间或禁止时段施工噪声扰民','停止违规施工，恢复正常作业时间','ZJW','4wh','1h'),
('EVENT','0302','施工管理','工地扬尘','工地未苫盖、未洒水或出入口扬尘','苫盖、洒水到位，扬尘消除','STJ','4wh','1h'),
('EVENT','0303','施工管理','道路遗撒','运输车辆沿路遗撒渣土、泥浆','遗撒清除，责任车辆查处','CGW','4wh','1h'),
('EVENT','0304','施工管理','施工占道','施工超范围占道或未设警示','恢复通行，警示齐全','CGW','1wd','2h'),
('EVENT','0305','施工管理','施工废弃料','施工废弃料堆放于公共区域','废弃料清运','CGW','1wd','4wh'),
('EVENT','0401','突发事件','路面塌陷','路面塌陷、坑槽影响通行安全','围挡警示，路面修复','CGW','4wh','1h'),
('EVENT','0402','突发事件','自来水管道破裂','自来水管道破裂冒水','关阀止水，管道修复','CGW','2wh','1h'),
('EVENT','0403','突发事件','燃气管道破裂','燃气管道破裂或泄漏','切断气源，管道修复','CGW','1h','30min'),
('EVENT','0404','突发事件','下水道堵塞','下水道堵塞、污水外溢','管道疏通，污水清理','CGW','4wh','1h'),
('EVENT','0405','突发事件','道路积水','道路积水深度影响通行','积水排除','CGW','2wh','1h'),
('EVENT','0406','突发事件','积雪结冰','主要道路、人行道积雪结冰','积雪清除，路面防滑','CGW','4wh','2h'),
('EVENT','0501','街面秩序','无照经营游商','无照经营、流动摊贩占道','现场劝离或查处，道路恢复','SCJ','4wh','1h'),
('EVENT','0502','街面秩序','店外经营','商户超出门窗经营、占道','物品收回店内，道路恢复','CGW','4wh','1h'),
('EVENT','0503','街面秩序','机动车乱停放','机动车占用人行道、盲道或消防通道停放','车辆驶离，通道恢复','GAJ','2wh','1h'),
('EVENT','0504','街面秩序','非机动车乱停放','共享单车、电动车乱停乱放阻碍通行','车辆规整或清运','CGW','4wh','2h'),
('EVENT','0505','街面秩序','流浪乞讨','公共场所流浪乞讨人员','救助站接收或劝离','MZJ','4wh','1h'),
('EVENT','0506','街面秩序','黑车拉客','非法营运车辆拉客','现场查处','GAJ','4wh','1h'),
('EVENT','0508','街面秩序','露天烧烤','占道露天烧烤、油烟扰民','烧烤停止，占道清除','CGW','4wh','1h');

-- One urban-management case (案卷) from 信息采集 to 结案. The loop writes a stage's instant and whether it kept
-- its limit when the stage ends, so that the monthly evaluation counts columns instead of replaying histories;
-- the running limits themselves are the process kit's clocks.
create table urban.case_file (
    id                 bigint generated always as identity primary key,
    reference          varchar(30)   not null unique,
    kind               varchar(10)   not null,
    class_code         varchar(4)    not null,
    component_id       varchar(16),
    urgent             boolean       not null default false,
    description        text          not null,
    address            varchar(300),
    lng                double precision,
    lat                double precision,
    grid_code          varchar(20),
    community_code     varchar(20),
    street_code        varchar(20),
    -- PATROL: a 监督员's own report; PUBLIC: a resident's (12345 or other channels), verified by a 监督员.
    source             varchar(10)   not null check (source in ('PATROL', 'PUBLIC')),
    hotline_case_id    bigint,
    reported_by        varchar(100),
    reported_at        timestamptz   not null,
    state              varchar(20)   not null,
    verified_by        varchar(100),
    verified_at        timestamptz,
    verified_on_time   boolean,
    valid              boolean,      -- the report became a case (立案); false when it was not one
    registered_by      varchar(100),
    registered_at      timestamptz,
    registered_on_time boolean,
    dispatched_by      varchar(100),
    dispatched_at      timestamptz,
    dispatched_on_time boolean,
    handler_code       varchar(20),
    handled_at         timestamptz,
    handled_on_time    boolean,
    checked_by         varchar(100),
    checked_at         timestamptz,
    checked_on_time    boolean,
    closed_by          varchar(100),
    closed_at          timestamptz,
    closed_on_time     boolean,
    reworks            int           not null default 0,   -- 回退 / rejected 核查: the job went back to the handler
    misdispatches      int           not null default 0,   -- returned by a handler as not theirs (准确派遣率)
    postponed          boolean       not null default false,
    suspended          boolean       not null default false,
    voided             boolean       not null default false
);
create index case_file_state_idx on urban.case_file (state);
create index case_file_reported_idx on urban.case_file (reported_at);
create index case_file_registered_idx on urban.case_file (registered_at);
create index case_file_handler_idx on urban.case_file (handler_code, state);
create index case_file_street_idx on urban.case_file (street_code, reported_at);
create index case_file_hotline_idx on urban.case_file (hotline_case_id) where hotline_case_id is not null;

-- The 管理部件 inventory (CJ/T 214 attributes, DU-13). The identifier is 16 digits: the district's code, 大类,
-- 小类 and a 6-digit sequence (DU-8). A component is a point (a manhole cover, a lamp) or a line (a railing); its
-- point is the representative one the map and the lookup use. manager_code is the org unit that 处置s a case about
-- it (主管部门); owner and maintainer are named as the records name them (often companies outside the org tree).
create table urban.component (
    id               varchar(16)   primary key check (id ~ '^[0-9]{16}$'),
    class_code       varchar(4)    not null,
    name             varchar(100)  not null,
    owner_unit       varchar(100),
    manager_code     varchar(20),
    maintainer_unit  varchar(100),
    grid_code        varchar(20),
    community_code   varchar(20),
    street_code      varchar(20),
    state            varchar(10)   not null default 'INTACT' check (state in ('INTACT', 'DAMAGED', 'LOST', 'OCCUPIED')),
    initial_date     date,
    changed_date     date,
    data_source      varchar(20),
    note             varchar(300),
    lng              double precision not null,
    lat              double precision not null,
    line_wkt         text,         -- the line's WKT in WGS84 when the component is a line
    attributes       jsonb         not null default '{}'::jsonb
);
create index component_class_idx on urban.component (class_code);
create index component_grid_idx on urban.component (grid_code);

-- Where each 监督员 patrols: grid, community or street codes (an area covers every grid under it). The loop shows a
-- supervisor the reports to verify in their area; the evaluation counts a public report there as one they missed.
create table urban.patrol_area (
    username   varchar(100) not null,
    area_code  varchar(20)  not null,
    primary key (username, area_code)
);
create index patrol_area_code_idx on urban.patrol_area (area_code);
