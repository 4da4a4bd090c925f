-- One set of 督办 levels for every loop (the process kit's): 提醒, 催办, 黄牌, 红牌, 约谈.
-- 普通督办 (NORMAL) is 催办.
update cases.case_record set supervision = 'URGE' where supervision = 'NORMAL';

alter table plans.supervision drop constraint if exists supervision_level_check;
update plans.supervision set level = 'URGE' where level = 'NORMAL';
alter table plans.supervision add constraint supervision_level_check
    check (level in ('REMINDER', 'URGE', 'YELLOW', 'RED', 'INTERVIEW'));
