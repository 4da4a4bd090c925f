package org.zhili.cases.internal.handling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zhili.calendar.Deadline;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseState;
import org.zhili.cases.Light;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.Stage;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.cases.internal.stats.UnitStats;
import org.zhili.process.Supervisions;

/**
 * One action in progress: the case, the input, who acts and when, and everything the step decides should
 * happen besides changing the case — timeline rows, counters, timers, notifications, events — which the
 * service then writes in the same transaction.
 */
public final class StepContext {

	/** A timeline row to write. */
	public record Entry(CaseAction action, CaseState from, CaseState to, String unitCode, String note, Map<String, Object> detail) {
	}

	/** A deadline whose yellow and red moments need timers. */
	public record Timer(Stage stage, String unitCode, Deadline deadline) {
	}

	/** A clock whose work is done: the stage's, and for a report the whistled unit's. */
	record Stopped(Stage stage, String unitCode) {
	}

	/** A message to a unit's inbox. */
	public record Message(String unitCode, CaseMessage kind, String text) {
	}

	final CaseRecord kase;
	final ActionInput input;
	public final String actor;
	public final String actorUnit;
	public final Instant now;
	public final Light light;
	final CaseState before;
	public final List<Entry> entries = new ArrayList<>();
	final UnitStats.Tally tally = new UnitStats.Tally();
	public final List<Timer> timers = new ArrayList<>();
	/** Clocks that stop counting (a suspension) or whose work is done (an acceptance, a report). */
	final List<Stage> paused = new ArrayList<>();
	final List<Stopped> stopped = new ArrayList<>();
	public final List<Message> messages = new ArrayList<>();
	final List<Object> events = new ArrayList<>();
	final List<String> audits = new ArrayList<>();
	/** 督办 the step issues, through the kit. */
	public final List<Supervisions.Order> supervisions = new ArrayList<>();

	public StepContext(CaseRecord kase, ActionInput input, String actor, String actorUnit, Instant now, Light light) {
		this.kase = kase;
		this.input = input;
		this.actor = actor;
		this.actorUnit = actorUnit;
		this.now = now;
		this.light = light;
		this.before = kase.state();
	}

	void record(CaseAction action, String unitCode, String note) {
		record(action, unitCode, note, null);
	}

	public void record(CaseAction action, String unitCode, String note, Map<String, Object> detail) {
		entries.add(new Entry(action, before, kase.state(), unitCode, note, detail));
	}

	void count(String unitCode, Counter counter) {
		tally.add(unitCode, now, counter);
	}

	void count(String unitCode, Counter counter, long amount) {
		tally.add(unitCode, now, counter, amount);
	}

	/**
	 * Counts on the day of {@code cohort}, not today: a rate's numerator goes to the day (and unit) of the event
	 * that put the case into its denominator, e.g. an acceptance to the day of the dispatch it answers.
	 */
	void countOn(Instant cohort, String unitCode, Counter counter) {
		tally.add(unitCode, cohort, counter);
	}

	void time(Stage stage, String unitCode, Deadline deadline) {
		timers.add(new Timer(stage, unitCode, deadline));
	}

	void pause(Stage stage) {
		paused.add(stage);
	}

	void stop(Stage stage, String unitCode) {
		stopped.add(new Stopped(stage, unitCode));
	}

	void tell(String unitCode, CaseMessage kind, String text) {
		if (unitCode != null) {
			messages.add(new Message(unitCode, kind, text));
		}
	}

	void publish(Object event) {
		events.add(event);
	}

	void supervise(Supervisions.Order order) {
		supervisions.add(order);
	}

	/** A step worth the audit trail (voids, merges, supervision…), besides its timeline row. */
	void audit(String detail) {
		audits.add(detail);
	}

	String note() {
		return input.note() == null || input.note().isBlank() ? null : input.note().strip();
	}
}
