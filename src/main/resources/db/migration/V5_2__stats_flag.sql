-- A boolean of an event's detail, false when absent: what the statistics rebuild counts with.
create function cases.flag(detail jsonb, name text) returns boolean
    language sql immutable as $$ select coalesce((detail ->> name)::boolean, false) $$;
