-- One schema per module: a module's tables are its own; other modules go through its Java API.
create schema if not exists platform;
create schema if not exists identity;
create schema if not exists org;
create schema if not exists calendar;
