package org.zhili.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;

/**
 * The clocks of every loop, on the working-day calendar: a time limit (15 min, 1 working day, 60 days…) or a
 * date limit (a milestone's date, rolled to the next working day), paused and resumed, extended, stopped. Each
 * running clock has persistent timers — a warning before the due instant and one just after it — that fire
 * exactly once, on one node, after restarts, and only if the clock still runs with that due instant; they reach
 * the loop's {@link ClockListener}. When a year's calendar is corrected every open clock is recomputed and the
 * loop is told. Every call joins the caller's transaction.
 */
public interface Clocks {

	/**
	 * Which clock.
	 *
	 * @param loop the loop ({@code case}, {@code suggestion}, {@code plan-task}…)
	 * @param itemId the item in the loop
	 * @param name which of the item's clocks ({@code accept}, {@code feedback}, {@code answer}…)
	 * @param holder whose clock, when an item has several of one name (e.g. each whistled department); or ""
	 */
	record Key(String loop, long itemId, String name, String holder) {

		public Key {
			holder = holder == null ? "" : holder;
		}

		public static Key of(String loop, long itemId, String name) {
			return new Key(loop, itemId, name, "");
		}
	}

	/** The two moments a running clock calls its loop. */
	enum Alarm {
		/** Time is running out (the loop chose when: a yellow light, a week before…). */
		WARN,
		/** The due instant has passed. */
		DUE
	}

	/** A clock as it stands. {@code deadline.limit()} is {@code null} for a date limit. */
	record Running(Key key, Deadline deadline, Instant pausedAt) {
	}

	/** Starts a clock (or starts it again from scratch): due {@code limit} after {@code start}. */
	Deadline start(Key key, Instant start, TimeLimit limit);

	/** Starts a clock with a date limit: due at the end of {@code day}, or of the next working day if it is off. */
	Deadline startUntil(Key key, Instant start, LocalDate day);

	/** An approved extension: the due instant moves by {@code limit}, counted from the current due instant. */
	Deadline extend(Key key, TimeLimit limit);

	/** Stops the clock's time (e.g. waiting for material); its timers do nothing while paused. */
	void pause(Key key, Instant at);

	/** Runs the clock again; the due instant moves by the (working) time it was paused. */
	Deadline resume(Key key, Instant at);

	/** The clock's work was done in time or not; its timers do nothing. Nothing happens if it does not run. */
	void stop(Key key, Instant at);

	/** Stops every clock of an item (it ended). */
	void stopAll(String loop, long itemId, Instant at);

	/**
	 * Takes over clocks whose deadlines were computed elsewhere (generated demo histories, data from before the
	 * kit): what they have beyond {@code start} + {@code limit} on today's calendar is kept as added time.
	 */
	void adopt(Collection<Running> clocks);

	/**
	 * Sets off now the due alarms of the loop's clocks that ran out by the application's clock and have not gone
	 * off yet (after downtime, or when an office asks for reminders at once). An alarm never goes
	 * off twice for the same due instant, whether its timer or this call comes first.
	 *
	 * @return how many alarms went off
	 */
	int fireDue(String loop);

	/** The clock, if it was ever started. */
	Optional<Running> find(Key key);

	/** The due instants of the clock {@code name} (holder "") of each of the loop's items that has one, in one read. */
	Map<Long, Instant> dueOf(String loop, String name, Collection<Long> itemIds);

	/** Whether any clock of the loop exists. */
	boolean any(String loop);
}
