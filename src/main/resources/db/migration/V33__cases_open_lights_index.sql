-- The open cases' counts by light (the cockpit's 在办/超期/临期 tiles, a unit's worklist) read from the index alone:
-- the open states are a few ten thousand rows of a table of millions, spread over its pages. The predicate is
-- CaseWorkflow.OPEN; a state added there must be added here, or the counts fall back to the state index.
create index case_open_lights_idx on cases.case_record (street_code, community_code)
    include (territory_path, running_due_at, running_yellow_at, id)
    where state in ('REGISTERED', 'DISPATCHED', 'HANDLING', 'SUSPENDED', 'REPLIED', 'CALLBACK', 'RATED');
