-- A target bound to a live indicator (process.Indicator, declared by the loop that owns the records): its actual
-- values are measured, not entered, and refreshed by zhili (source 'LIVE').
alter table plans.target add column live_indicator varchar(64);
create index target_live_idx on plans.target (live_indicator) where live_indicator is not null;
