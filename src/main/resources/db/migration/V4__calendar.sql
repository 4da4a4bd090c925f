-- The working-day calendar: one row per year whose State Council holiday arrangement (节假日安排) is loaded,
-- and the days that notice names. A year without a row counts Monday–Friday and is shown as unpublished.
create table calendar.holiday_year (
    year        integer primary key,
    -- BUNDLED: from the holiday-cn files shipped with zhili (refreshed by a newer release);
    -- ADMIN: added or corrected by an administrator (never overwritten by a release).
    source      varchar(16)  not null check (source in ('BUNDLED', 'ADMIN')),
    -- Addresses of the notice(s), one per line.
    papers      text         not null default '',
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null
);

-- A named day: off (a holiday) or, on a weekend day, worked (调休). A notice may name the last days of the
-- previous December (元旦), so a date need not lie in its row's year.
create table calendar.special_day (
    year     integer      not null references calendar.holiday_year (year) on delete cascade,
    day      date         not null,
    name     varchar(100) not null,
    off_day  boolean      not null,
    primary key (year, day),
    check (off_day or extract(isodow from day) in (6, 7))
);
