-- The cases behind a figure of the statistics (GET /api/v1/cases?event=…&eventUnit=…&eventFrom=…&eventTo=…):
-- the events of one unit, action and period, with their case, without reading the whole period's timeline.
create index case_event_unit_idx on cases.case_event (unit_code, action, occurred_at) include (case_id);
