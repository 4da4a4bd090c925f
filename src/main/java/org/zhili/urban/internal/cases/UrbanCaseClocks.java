package org.zhili.urban.internal.cases;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;
import org.zhili.urban.UrbanCases;

/**
 * A case's stage clocks on the kit, one name per stage (verify, register, dispatch, handle, check, close): the light
 * turns yellow after {@code warn-share} of the stage's time, and a stage run out goes to 督办. Stopping a stage tells
 * whether it ended in time, which the case file keeps.
 */
@Component
class UrbanCaseClocks implements ClockListener {

	private final Clocks clocks;
	private final UrbanCaseRules rules;
	private final UrbanCaseAlarms alarms;

	UrbanCaseClocks(Clocks clocks, UrbanCaseRules rules, @Lazy UrbanCaseAlarms alarms) {
		this.clocks = clocks;
		this.rules = rules;
		this.alarms = alarms;
	}

	@Override
	public String loop() {
		return UrbanCases.LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		return warnAt(deadline.start(), deadline.due(), rules.warnShare());
	}

	static Instant warnAt(Instant start, Instant due, double share) {
		long millis = Duration.between(start, due).toMillis();
		return start.plusMillis((long) (millis * share));
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		alarms.alarm(key.itemId(), key.name(), alarm == Clocks.Alarm.DUE, deadline);
	}

	/** Recorded flags are the stage's outcome at the time; a corrected calendar only moves running clocks. */
	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
	}

	Deadline start(long id, String stage, Instant at, TimeLimit limit) {
		return clocks.start(key(id, stage), at, limit);
	}

	/** Starts a stage whose limit is configuration (all but 处置). */
	Deadline start(long id, String stage, Instant at) {
		return start(id, stage, at, rules.stage(stage));
	}

	/**
	 * Ends a stage: whether it ended by its due instant ({@code true} when it had no clock), and its clock stops.
	 */
	boolean stop(long id, String stage, Instant at) {
		Clocks.Key key = key(id, stage);
		boolean onTime = clocks.find(key).map(r -> !r.deadline().overdueAt(at)).orElse(true);
		clocks.stop(key, at);
		return onTime;
	}

	void pause(long id, String stage, Instant at) {
		clocks.pause(key(id, stage), at);
	}

	Deadline resume(long id, String stage, Instant at) {
		return clocks.resume(key(id, stage), at);
	}

	Deadline extend(long id, String stage, TimeLimit limit) {
		return clocks.extend(key(id, stage), limit);
	}

	void stopAll(long id, Instant at) {
		clocks.stopAll(UrbanCases.LOOP, id, at);
	}

	java.util.Optional<Clocks.Running> running(long id, String stage) {
		return clocks.find(key(id, stage));
	}

	static Clocks.Key key(long id, String stage) {
		return Clocks.Key.of(UrbanCases.LOOP, id, stage);
	}
}
