-- The units 信访, 矛调 and 舆情 route to, for a district whose org tree was loaded before they were in the seed
-- (a new database gets them from departments.csv, which runs after the migrations on an empty tree).
insert into org.unit (code, name, short_name, level, category, parent_code, path, active, valid_from, valid_to, sort_order)
select d.code, d.name, d.short_name, 'DEPARTMENT', 'LINE_DEPARTMENT', district.code, district.path || d.code || '/', true,
       null, null, (select coalesce(max(sort_order), 0) from org.unit where level = 'DEPARTMENT') + d.n
from (values (1, '120104JWJ', '中共南开区纪律检查委员会、南开区监察委员会', '区纪委监委'),
             (2, '120104ZFW', '中共南开区委政法委员会', '区委政法委'),
             (3, '120104MTZ', '南开区矛盾纠纷调处化解中心', '区矛调中心'),
             (4, '120104WXB', '中共南开区委网络安全和信息化委员会办公室', '区委网信办')) as d (n, code, name, short_name)
join org.unit district on district.level = 'DISTRICT' and district.code = '120104'
where not exists (select 1 from org.unit u where u.code = d.code);
