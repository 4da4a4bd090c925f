package org.zhili.process.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.process.ClockLight;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;

/**
 * The clocks in {@code process.clock}. A clock's due instant is always its base — {@code start} + {@code limit}
 * on the calendar, or the last working day of a date limit — plus the time added since (extensions, pauses), so
 * that a calendar correction can compute it again from what is stored.
 */
@Repository
@Transactional
class ClockStore implements Clocks {

	private static final String COLUMNS = "id, loop, item_id, name, holder, started_at, time_limit, until_day, "
			+ "extra_seconds, due_at, warn_at, paused_at, state, warned_for, fired_for";

	/** A stored clock. */
	record Row(long id, Key key, Instant start, TimeLimit limit, LocalDate until, Duration extra, Instant due,
			Instant warn, Instant pausedAt, String state, Instant warnedFor, Instant firedFor) {

		/** When the alarm is due. */
		Instant moment(Alarm alarm) {
			return alarm == Alarm.WARN ? warn : due.plusSeconds(1);
		}

		/** Whether this alarm of the current due instant already reached the loop. */
		boolean wentOff(Alarm alarm) {
			return due.equals(alarm == Alarm.WARN ? warnedFor : firedFor);
		}

		Deadline deadline() {
			return new Deadline(start, limit, due);
		}

		boolean working() {
			return limit != null && limit.unit().working();
		}
	}

	private final JdbcClient jdbc;
	private final WorkingCalendar calendar;
	private final ClockTimers timers;
	private final ObjectProvider<ClockListener> listenerBeans;
	private final Clock clock;
	private volatile Map<String, ClockListener> listeners;

	/** The loops' listeners are looked up on first use: they use the clocks themselves. */
	ClockStore(JdbcClient jdbc, WorkingCalendar calendar, ClockTimers timers, ObjectProvider<ClockListener> listeners,
			Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.calendar = calendar;
		this.timers = timers;
		this.listenerBeans = listeners;
	}

	private ClockListener listener(String loop) {
		if (listeners == null) {
			listeners = listenerBeans.orderedStream().collect(Collectors.toMap(ClockListener::loop, Function.identity()));
		}
		return listeners.get(loop);
	}

	@Override
	public Deadline start(Key key, Instant start, TimeLimit limit) {
		return save(key, start, limit, null, Duration.ZERO, null);
	}

	@Override
	public Deadline startUntil(Key key, Instant start, LocalDate day) {
		return save(key, start, null, day, Duration.ZERO, null);
	}

	@Override
	public Deadline extend(Key key, TimeLimit limit) {
		Row row = lock(key);
		Instant due = calendar.deadline(row.due(), limit).due();
		return update(row, row.extra().plus(between(row, row.due(), due)), due, row.pausedAt(), row.state());
	}

	@Override
	public void pause(Key key, Instant at) {
		jdbc.sql("""
				update process.clock set state = 'PAUSED', paused_at = :at
				where loop = :loop and item_id = :itemId and name = :name and holder = :holder and state = 'RUNNING'""")
			.param("at", Timestamp.from(at))
			.params(keyParams(key))
			.update();
	}

	@Override
	public Deadline resume(Key key, Instant at) {
		Row row = lock(key);
		if (!"PAUSED".equals(row.state())) {
			return row.deadline();
		}
		Duration paused = between(row, row.pausedAt(), at);
		return update(row, row.extra().plus(paused), plus(row, row.due(), paused), null, "RUNNING");
	}

	@Override
	public void stop(Key key, Instant at) {
		jdbc.sql("""
				update process.clock set state = 'STOPPED', stopped_at = :at
				where loop = :loop and item_id = :itemId and name = :name and holder = :holder and state <> 'STOPPED'""")
			.param("at", Timestamp.from(at))
			.params(keyParams(key))
			.update();
	}

	@Override
	public void stopAll(String loop, long itemId, Instant at) {
		jdbc.sql("""
				update process.clock set state = 'STOPPED', stopped_at = :at
				where loop = :loop and item_id = :item and state <> 'STOPPED'""")
			.param("at", Timestamp.from(at))
			.param("loop", loop)
			.param("item", itemId)
			.update();
	}

	@Override
	public void adopt(Collection<Running> clocks) {
		for (Running c : clocks) {
			Deadline d = c.deadline();
			Instant base = calendar.deadline(d.start(), d.limit()).due();
			Duration extra = d.limit().unit().working() ? calendar.workingTimeBetween(base, d.due())
					: Duration.between(base, d.due());
			save(c.key(), d.start(), d.limit(), null, extra.isNegative() ? Duration.ZERO : extra, c.pausedAt());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Running> find(Key key) {
		return jdbc.sql("select " + COLUMNS + " from process.clock where loop = :loop and item_id = :itemId and name = :name "
				+ "and holder = :holder")
			.params(keyParams(key))
			.query(ClockStore::row)
			.optional()
			.map(r -> new Running(r.key(), r.deadline(), r.pausedAt()));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Instant> dueOf(String loop, String name, Collection<Long> itemIds) {
		Map<Long, Instant> due = new HashMap<>();
		if (!itemIds.isEmpty()) {
			jdbc.sql("select item_id, due_at from process.clock where loop = :loop and name = :name and holder = '' "
					+ "and item_id = any(:items)")
				.param("loop", loop)
				.param("name", name)
				.param("items", itemIds.toArray(Long[]::new))
				.query(rs -> {
					due.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
				});
		}
		return due;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean any(String loop) {
		return jdbc.sql("select exists (select 1 from process.clock where loop = :loop)")
			.param("loop", loop)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The light at {@code at} of the item's clocks that ran then, the most urgent if several did; empty when none
	 * ran. A clock paused by then shows the light it had when it was paused.
	 */
	Optional<ClockLight> lightAt(String loop, long itemId, Instant at) {
		return jdbc.sql("""
				select due_at, warn_at, paused_at from process.clock
				where loop = :loop and item_id = :item and started_at <= :at and (stopped_at is null or stopped_at > :at)""")
			.param("loop", loop)
			.param("item", itemId)
			.param("at", Timestamp.from(at))
			.query((rs, n) -> {
				Instant paused = instant(rs, "paused_at");
				Instant moment = paused != null && !paused.isAfter(at) ? paused : at;
				return ClockLight.at(moment, instant(rs, "warn_at"), rs.getTimestamp("due_at").toInstant());
			})
			.list()
			.stream()
			.max(Enum::compareTo);
	}

	/**
	 * A timer went off. Alarms of one item take turns (an advisory lock, so that the loop locks its item's rows
	 * before the kit writes the clock's, in the same order as the loop's own steps do); the alarm reaches the loop
	 * only if its clock still runs with the due instant the timer was set for, and only once for that due instant.
	 * A timer that went off before its moment by this clock (the scheduler read another "now") is told so, to be
	 * set again for it rather than lost.
	 */
	Firing fire(long clockId, long dueEpochSecond, Alarm alarm) {
		Row row = byId(clockId).orElse(null);
		if (row == null) {
			return Firing.NOT_WANTED;
		}
		lockItem(row.key());
		row = byId(clockId).orElseThrow();
		if (!"RUNNING".equals(row.state()) || row.due().getEpochSecond() != dueEpochSecond || row.wentOff(alarm)
				|| row.moment(alarm) == null) {
			return Firing.NOT_WANTED;
		}
		if (clock.instant().isBefore(row.moment(alarm))) {
			return new Firing(false, row.moment(alarm));
		}
		ClockListener listener = listener(row.key().loop());
		if (listener != null) {
			listener.fired(row.key(), alarm, row.deadline());
		}
		jdbc.sql("update process.clock set " + (alarm == Alarm.WARN ? "warned_for" : "fired_for") + " = due_at where id = :id")
			.param("id", clockId)
			.update();
		return Firing.WENT_OFF;
	}

	/** What a timer found: its alarm reached the loop, or was not wanted any more, or is due only {@code early}. */
	record Firing(boolean wentOff, Instant early) {

		static final Firing WENT_OFF = new Firing(true, null);
		static final Firing NOT_WANTED = new Firing(false, null);
	}

	@Override
	public int fireDue(String loop) {
		List<Row> due = jdbc.sql("select " + COLUMNS + " from process.clock where loop = :loop and state = 'RUNNING' "
				+ "and due_at < :now and (fired_for is null or fired_for <> due_at) order by due_at")
			.param("loop", loop)
			.param("now", Timestamp.from(clock.instant()))
			.query(ClockStore::row)
			.list();
		return (int) due.stream().filter(r -> fire(r.id(), r.due().getEpochSecond(), Alarm.DUE).wentOff()).count();
	}

	/**
	 * A year's calendar was corrected: every open clock whose time may cover one of the changed days is computed
	 * again on today's calendar; those whose due instant moved are stored, timed again and told to their loop.
	 *
	 * @return how many clocks moved
	 */
	int recompute(List<LocalDate> changedDays) {
		LocalDate first = changedDays.get(0), last = changedDays.get(changedDays.size() - 1);
		List<Row> open = jdbc.sql("select " + COLUMNS + " from process.clock where state <> 'STOPPED' "
				+ "and started_at < :after and (due_at >= :from or until_day >= :firstDay) order by id")
			.param("after", Timestamp.from(last.plusDays(1).atStartOfDay(calendar.zone()).toInstant()))
			.param("from", Timestamp.from(first.atStartOfDay(calendar.zone()).toInstant()))
			.param("firstDay", first)
			.query(ClockStore::row)
			.list();
		int moved = 0;
		for (Row row : open) {
			Instant due = plus(row, base(row.start(), row.limit(), row.until()), row.extra());
			if (!due.equals(row.due())) {
				// the loop first: it locks its item as its own steps do, before the clock's row is written
				lockItem(row.key());
				ClockListener listener = listener(row.key().loop());
				if (listener != null) {
					listener.recomputed(row.key(), row.deadline(), new Deadline(row.start(), row.limit(), due));
				}
				update(row, row.extra(), due, row.pausedAt(), row.state());
				moved++;
			}
		}
		return moved;
	}

	private Deadline save(Key key, Instant start, TimeLimit limit, LocalDate until, Duration extra, Instant pausedAt) {
		Row draft = new Row(0, key, start, limit, until, extra, null, null, pausedAt,
				pausedAt == null ? "RUNNING" : "PAUSED", null, null);
		Instant due = plus(draft, base(start, limit, until), extra);
		Deadline deadline = new Deadline(start, limit, due);
		Instant warn = warnAt(key, deadline);
		long id = jdbc.sql("""
				insert into process.clock (loop, item_id, name, holder, started_at, time_limit, until_day, extra_seconds,
				                           due_at, warn_at, paused_at, state)
				values (:loop, :itemId, :name, :holder, :start, :limit, :until, :extra, :due, :warn, :paused, :state)
				on conflict (loop, item_id, name, holder) do update set started_at = excluded.started_at,
				    time_limit = excluded.time_limit, until_day = excluded.until_day, extra_seconds = excluded.extra_seconds,
				    due_at = excluded.due_at, warn_at = excluded.warn_at, paused_at = excluded.paused_at,
				    state = excluded.state, stopped_at = null, warned_for = null, fired_for = null
				returning id""")
			.params(keyParams(key))
			.param("start", Timestamp.from(start))
			.param("limit", limit == null ? null : limit.toString())
			.param("until", until)
			.param("extra", extra.toSeconds())
			.param("due", Timestamp.from(due))
			.param("warn", warn == null ? null : Timestamp.from(warn))
			.param("paused", pausedAt == null ? null : Timestamp.from(pausedAt))
			.param("state", draft.state())
			.query(Long.class)
			.single();
		timers.schedule(id, due, warn);
		return deadline;
	}

	private Deadline update(Row row, Duration extra, Instant due, Instant pausedAt, String state) {
		Deadline deadline = new Deadline(row.start(), row.limit(), due);
		Instant warn = warnAt(row.key(), deadline);
		jdbc.sql("""
				update process.clock set extra_seconds = :extra, due_at = :due, warn_at = :warn, paused_at = :paused,
				    state = :state where id = :id""")
			.param("extra", extra.toSeconds())
			.param("due", Timestamp.from(due))
			.param("warn", warn == null ? null : Timestamp.from(warn))
			.param("paused", pausedAt == null ? null : Timestamp.from(pausedAt))
			.param("state", state)
			.param("id", row.id())
			.update();
		timers.schedule(row.id(), due, warn);
		return deadline;
	}

	private static Map<String, Object> keyParams(Key key) {
		return Map.of("loop", key.loop(), "itemId", key.itemId(), "name", key.name(), "holder", key.holder());
	}

	/** Alarms and corrections of one item take turns, without holding any row the loop's steps lock. */
	private void lockItem(Key key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:item, 0))")
			.param("item", key.loop() + ":" + key.itemId())
			.query()
			.listOfRows();
	}

	private Row lock(Key key) {
		return jdbc.sql("select " + COLUMNS + " from process.clock where loop = :loop and item_id = :itemId and name = :name "
				+ "and holder = :holder for update")
			.params(keyParams(key))
			.query(ClockStore::row)
			.optional()
			.orElseThrow(() -> new IllegalStateException("no clock " + key));
	}

	private Optional<Row> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from process.clock where id = :id").param("id", id)
			.query(ClockStore::row)
			.optional();
	}

	private Instant warnAt(Key key, Deadline deadline) {
		ClockListener listener = listener(key.loop());
		return listener == null ? null : listener.warnAt(key, deadline);
	}

	/** Start + limit on the calendar, or the end of a date limit's last working day. */
	private Instant base(Instant start, TimeLimit limit, LocalDate until) {
		if (until == null) {
			return calendar.deadline(start, limit).due();
		}
		LocalDate last = calendar.isWorkingDay(until) ? until : calendar.nextWorkingDay(until);
		return last.atTime(LocalTime.MAX).atZone(calendar.zone()).toInstant();
	}

	/** Time added to a clock: working time for a working-time limit, natural time otherwise. */
	private Instant plus(Row row, Instant instant, Duration amount) {
		if (amount.isZero()) {
			return instant;
		}
		return row.working() ? calendar.addWorkingTime(instant, amount) : instant.plus(amount);
	}

	private Duration between(Row row, Instant from, Instant to) {
		return row.working() ? calendar.workingTimeBetween(from, to) : Duration.between(from, to);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String limit = rs.getString("time_limit");
		Timestamp paused = rs.getTimestamp("paused_at");
		return new Row(rs.getLong("id"), new Key(rs.getString("loop"), rs.getLong("item_id"), rs.getString("name"),
				rs.getString("holder")), rs.getTimestamp("started_at").toInstant(),
				limit == null ? null : TimeLimit.valueOf(limit), rs.getObject("until_day", LocalDate.class),
				Duration.ofSeconds(rs.getLong("extra_seconds")), rs.getTimestamp("due_at").toInstant(),
				instant(rs, "warn_at"), paused == null ? null : paused.toInstant(), rs.getString("state"), instant(rs, "warned_for"),
				instant(rs, "fired_for"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
