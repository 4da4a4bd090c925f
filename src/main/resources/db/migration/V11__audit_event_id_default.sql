-- Audit rows take their id from the sequence by default, so that several can be appended in one statement.
alter table identity.audit_event alter column id set default nextval('identity.audit_event_seq');
