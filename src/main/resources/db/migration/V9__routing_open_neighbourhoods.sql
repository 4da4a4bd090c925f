-- The duplicate finder reads the newest open cases of each community near a new case, and the newest open
-- cases without a community: both by index, however many cases are open.
create index case_index_open_community_idx on routing.case_index (community_code, registered_at) where open;
create index case_index_open_placeless_idx on routing.case_index (registered_at) where open and community_code is null;
