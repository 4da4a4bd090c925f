package org.zhili.opinion.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.opinion.Signals;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;
import org.zhili.process.Journal;
import org.zhili.process.Workflow;

/**
 * A signal's two clocks — to 研判 and to the unit's finding — in hours: warned when a share of the time is left, and
 * once run out the one who must act gets a 督办 (the analysts' office for a late triage, the verifying unit for a late
 * finding), on the timeline too.
 */
@Component
class SignalClocks implements ClockListener {

	private final Clocks clocks;
	private final OpinionProperties properties;
	private final SignalOverdue overdue;

	SignalClocks(Clocks clocks, OpinionProperties properties, @Lazy SignalOverdue overdue) {
		this.clocks = clocks;
		this.properties = properties;
		this.overdue = overdue;
	}

	void startTriage(long id, Instant at) {
		clocks.start(Clocks.Key.of(Signals.LOOP, id, SignalWorkflow.TRIAGE_CLOCK), at, properties.triage());
	}

	void startVerify(long id, Instant at) {
		clocks.start(Clocks.Key.of(Signals.LOOP, id, SignalWorkflow.VERIFY_CLOCK), at, properties.verify());
	}

	/** Moves the clocks as the workflow's table says for the action. */
	void apply(long id, SignalWorkflow.Action action, Instant at) {
		for (Map.Entry<String, Workflow.ClockEffect> e : SignalWorkflow.WORKFLOW.clocks(action).entrySet()) {
			Clocks.Key key = Clocks.Key.of(Signals.LOOP, id, e.getKey());
			switch (e.getValue()) {
				case START -> clocks.start(key, at, limit(e.getKey()));
				case STOP -> clocks.stop(key, at);
				default -> throw new IllegalStateException("a signal's clocks only start and stop: " + e);
			}
		}
	}

	void stopAll(long id, Instant at) {
		clocks.stopAll(Signals.LOOP, id, at);
	}

	/** The running clock of a signal (verification first), for its light in lists. */
	Optional<Clocks.Running> running(long id, SignalWorkflow.State state) {
		String name = state == SignalWorkflow.State.NEW ? SignalWorkflow.TRIAGE_CLOCK
				: state == SignalWorkflow.State.VERIFYING ? SignalWorkflow.VERIFY_CLOCK : null;
		return name == null ? Optional.empty() : clocks.find(Clocks.Key.of(Signals.LOOP, id, name));
	}

	private TimeLimit limit(String clock) {
		return SignalWorkflow.TRIAGE_CLOCK.equals(clock) ? properties.triage() : properties.verify();
	}

	@Override
	public String loop() {
		return Signals.LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		if (properties.warnBefore() <= 0) {
			return null;
		}
		long total = Duration.between(deadline.start(), deadline.due()).toSeconds();
		return deadline.due().minusSeconds((long) (total * properties.warnBefore()));
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		overdue.alarm(key.itemId(), key.name(), alarm == Clocks.Alarm.DUE, deadline);
	}

	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
		// the journal records steps people took; a calendar correction shows in the clock's own due instant
	}

	static String clockLabel(String name) {
		return SignalWorkflow.TRIAGE_CLOCK.equals(name) ? "研判" : "核实";
	}

	static Journal.Step step(long id, String action, String label, String unit, String note, Instant at) {
		return new Journal.Step(Signals.LOOP, id, action, label, "system", unit, note, at);
	}
}
