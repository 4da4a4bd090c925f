-- Web sessions (Spring Session JDBC), shared by every node on this database: a node restarted or taken out of the
-- proxy's rotation costs nobody their sign-in. Spring Session's own PostgreSQL schema, in the platform's schema.
-- Expired sessions are deleted by the db-scheduler task "session-cleanup" (once across nodes).
create table platform.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references platform.spring_session (primary_id) on delete cascade
);
