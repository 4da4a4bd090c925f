package org.zhili.process;

import java.time.Instant;

import org.zhili.calendar.Deadline;

/** What a loop does with its clocks: when to warn, what an alarm does, how a recomputed deadline is recorded. */
public interface ClockListener {

	/** The loop whose clocks these are. */
	String loop();

	/** When to warn before the clock runs out, or {@code null} for no warning. */
	Instant warnAt(Clocks.Key key, Deadline deadline);

	/**
	 * An alarm of a running clock went off. Called in a transaction that holds the item's clocks locked, so no
	 * other alarm of the item runs at the same time; throwing rolls back and the alarm goes off again later.
	 */
	void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline);

	/** A calendar correction moved the clock's due instant; called in the recomputing transaction. */
	void recomputed(Clocks.Key key, Deadline before, Deadline after);
}
