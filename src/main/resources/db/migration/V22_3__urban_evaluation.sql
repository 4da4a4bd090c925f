-- The monthly 综合评价 reads every urban.case_file row with a stage in the month: one bitmap scan over each stage's
-- instant (reported_at and registered_at are indexed in V22).
create index if not exists case_file_verified_idx on urban.case_file (verified_at) where verified_at is not null;
create index if not exists case_file_dispatched_idx on urban.case_file (dispatched_at) where dispatched_at is not null;
create index if not exists case_file_checked_idx on urban.case_file (checked_at) where checked_at is not null;
create index if not exists case_file_closed_idx on urban.case_file (closed_at) where closed_at is not null;
