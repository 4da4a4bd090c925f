-- The path of the account's scope unit, copied from the org tree when the scope is set, so that
-- account lists are limited to the administrator's own scope inside the query.
alter table identity.account add column scope_unit_path varchar(400);
create index account_scope_path_idx on identity.account (scope_unit_path varchar_pattern_ops);
