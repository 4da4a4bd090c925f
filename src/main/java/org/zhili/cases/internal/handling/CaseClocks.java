package org.zhili.cases.internal.handling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.cases.CaseState;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.Lights;
import org.zhili.cases.internal.record.Stage;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;

/**
 * The cases loop on the process kit's clocks: each running deadline of a case (签收, 办理答复, 回访, a whistled
 * department's 报到) is a clock; its warning comes when the light turns yellow and its due alarm escalates. The
 * deadlines themselves are computed by {@link CaseSteps} (they are part of the case); the kit keeps them, times
 * them, and recomputes them when the calendar is corrected.
 */
@Component
public class CaseClocks implements ClockListener {

	public static final String LOOP = "case";
	private static final TimeLimit FIXED = TimeLimit.valueOf("0min");

	/** One alarm of a deadline, as the demo's histories play them in memory. */
	public record Alarm(long caseId, int round, Stage stage, String unitCode, long due, boolean red) {
	}

	private final Clocks clocks;
	private final Lights lights;
	private final ActionService actions;

	CaseClocks(Clocks clocks, Lights lights, @Lazy ActionService actions) {
		this.clocks = clocks;
		this.lights = lights;
		this.actions = actions;
	}

	@Override
	public String loop() {
		return LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		return lights.turnsYellow(deadline);
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		actions.alarm(key.itemId(), stage(key), key.holder(), alarm == Clocks.Alarm.DUE, deadline.due());
	}

	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
		actions.recompute(key.itemId(), stage(key), key.holder(), before, after);
	}

	/** Keeps a deadline a step set: the clock of that stage (and whistled unit) now runs to it. */
	void keep(long caseId, Stage stage, String unitCode, Deadline deadline) {
		clocks.adopt(List.of(new Clocks.Running(key(caseId, stage, unitCode), deadline, null)));
	}

	void pause(long caseId, Stage stage, Instant at) {
		clocks.pause(key(caseId, stage, null), at);
	}

	void stop(long caseId, Stage stage, String unitCode, Instant at) {
		clocks.stop(key(caseId, stage, unitCode), at);
	}

	void stopAll(long caseId, Instant at) {
		clocks.stopAll(LOOP, caseId, at);
	}

	/** Hands the running deadlines of cases written in bulk (the demo's) to the kit. */
	public void adopt(List<CaseRecord> cases) {
		List<Clocks.Running> running = new ArrayList<>();
		for (CaseRecord c : cases) {
			running.addAll(running(c));
		}
		clocks.adopt(running);
	}

	/** The deadlines of a case that still run, as clocks (a suspended case's handling clock is paused). */
	public static List<Clocks.Running> running(CaseRecord c) {
		List<Clocks.Running> running = new ArrayList<>();
		switch (c.state()) {
			case DISPATCHED -> {
				running.add(new Clocks.Running(key(c.id(), Stage.ACCEPT, null), c.accept(), null));
				running.add(new Clocks.Running(key(c.id(), Stage.FEEDBACK, null), c.feedback(), null));
			}
			case HANDLING, REPLIED, SUSPENDED -> running.add(new Clocks.Running(key(c.id(), Stage.FEEDBACK, null),
					c.feedback(), c.state() == CaseState.SUSPENDED ? c.suspendedAt() : null));
			case CALLBACK -> running.add(new Clocks.Running(key(c.id(), Stage.CALLBACK, null), c.callback(), null));
			default -> {
			}
		}
		if (c.state() == CaseState.HANDLING || c.state() == CaseState.SUSPENDED) {
			// Only the due instant of a report is kept with the case: in bulk it is taken as a fixed instant.
			c.activeUnits().stream()
				.filter(u -> u.role() == CaseRecord.Involvement.Role.WHISTLED && u.reportedAt() == null && u.reportDueAt() != null)
				.forEach(u -> running.add(new Clocks.Running(key(c.id(), Stage.REPORT_IN, u.unitCode()),
						new Deadline(u.reportDueAt(), FIXED, u.reportDueAt()), null)));
		}
		return running;
	}

	/** The yellow and red alarms of a deadline, each with when it goes off (as the kit would set them). */
	public Map<Alarm, Instant> alarms(long caseId, int round, Stage stage, String unitCode, Deadline deadline) {
		long due = deadline.due().getEpochSecond();
		Map<Alarm, Instant> alarms = new LinkedHashMap<>();
		alarms.put(new Alarm(caseId, round, stage, unitCode, due, false), lights.turnsYellow(deadline));
		alarms.put(new Alarm(caseId, round, stage, unitCode, due, true), deadline.due().plusSeconds(1));
		return alarms;
	}

	static Clocks.Key key(long caseId, Stage stage, String unitCode) {
		return new Clocks.Key(LOOP, caseId, stage.clock(), stage == Stage.REPORT_IN ? unitCode : "");
	}

	private static Stage stage(Clocks.Key key) {
		for (Stage s : Stage.values()) {
			if (s.clock().equals(key.name())) {
				return s;
			}
		}
		throw new IllegalArgumentException("no stage for clock " + key);
	}
}
