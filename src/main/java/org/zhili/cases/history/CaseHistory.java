package org.zhili.cases.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.cases.Light;
import org.zhili.cases.internal.handling.ActionService;
import org.zhili.cases.internal.handling.CaseClocks;
import org.zhili.cases.internal.handling.CaseMessage;
import org.zhili.cases.internal.handling.ClosingSteps;
import org.zhili.cases.internal.handling.StepContext;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.identity.Actor;
import org.zhili.process.Supervisions;

/**
 * One case's history being played, at past instants: every step is checked against {@link CaseWorkflow} for the
 * acting person's parties and performed by the real steps, exactly as a request to the case's page would, and the
 * deadline alarms go off in between as the process kit's clocks would have fired them. Nothing is written here:
 * the rows are kept for {@link CaseHistories#write}. A step due after the import's "now" raises {@link Later}: the
 * case stays where it is. One history is played by one thread; different histories may be played in parallel.
 */
public final class CaseHistory {

	/** Raised by a step due later than the import's "now": the history so far is all there is. */
	public static final class Later extends RuntimeException {

		Later() {
			super(null, null, false, false);
		}
	}

	/** A timeline row, as the case's events would have written it. */
	record Row(long caseId, int round, CaseAction action, CaseState from, CaseState to, String actor, String actorUnit,
			String unitCode, Instant at, String note, Light light, String detail) {
	}

	/** A message to a unit's inbox. */
	record Note(String unitCode, CaseMessage kind, String text, Instant at) {
	}

	/** A 督办 as a step issued it. */
	record Issued(Supervisions.Order order, String by, Instant at) {
	}

	private final HistoryEngine engine;
	private final Instant now;
	final CaseRecord kase;
	final List<Row> rows = new ArrayList<>();
	final List<Note> notes = new ArrayList<>();
	final List<Issued> supervisions = new ArrayList<>();
	/** Alarms set and not yet gone off, with when they go off. */
	final Map<CaseClocks.Alarm, Instant> alarms = new LinkedHashMap<>();
	/** When the last step happened: nothing happens to the case before it any more. */
	Instant last;
	/** How often the stored case was updated (its version). */
	int version;
	/** The requester's name and phone as stored: encrypted, and the phone's blind index. */
	String storedName;
	String storedPhone;
	String phoneIndex;
	String addressKey;

	/** The case as intake registers it: its first timeline row. */
	CaseHistory(HistoryEngine engine, CaseRecord kase, Actor registrar, Instant now) {
		this.engine = engine;
		this.kase = kase;
		this.now = now;
		rows.add(new Row(kase.id(), 1, CaseAction.REGISTER, null, CaseState.REGISTERED, registrar.username(),
				registrar.scope().unitCode(), kase.intake().territory().streetCode(), kase.intake().registeredAt(), null,
				Light.NONE, null));
		last = kase.intake().registeredAt();
	}

	/** The case as it stands now. */
	public CaseSnapshot snapshot() {
		CaseRecord c = kase;
		return new CaseSnapshot(c.id(), c.trackingNumber(), c.state(), c.round(), c.leadUnitCode(), c.returnCount(),
				c.accept(), c.feedback(), c.callback(), c.replyResult());
	}

	/** When its last step happened. */
	public Instant last() {
		return last;
	}

	/** The state it was in at an instant (from its timeline), or {@code null} before it was registered. */
	public CaseState stateAt(Instant at) {
		Row row = lastRowAt(at);
		return row == null ? null : row.to();
	}

	/** Whether a party may take an action at an instant, as the case stands. */
	public boolean allows(CaseAction action, Instant at, Party party) {
		return CaseWorkflow.allows(action, engine.facts.of(kase, at), Set.of(party));
	}

	/** The registrar answered the request on the spot (a consultation): closed at registration. */
	public void answerOnTheSpot(String answer) {
		Row registered = rows.get(0);
		Instant t = kase.intake().registeredAt();
		kase.answerOnTheSpot(answer, t);
		version++;
		rows.add(new Row(kase.id(), 1, CaseAction.ANSWER, CaseState.REGISTERED, CaseState.CLOSED, registered.actor(),
				registered.actorUnit(), null, t, answer, Light.NONE, null));
	}

	/**
	 * One step at {@code when}, as the case's page performs it; a step planned before the previous one happens a
	 * minute after it. Alarms due before it go off first.
	 *
	 * @throws Later when the step would happen after the import's "now"
	 * @throws IllegalStateException when the workflow does not allow it
	 */
	public void step(Instant when, Actor actor, CaseAction action, ActionInput input) {
		Instant at = last != null && when.isBefore(last) ? last.plusSeconds(60) : when;
		if (at.isAfter(now)) {
			throw new Later();
		}
		fire(at);
		Set<Party> parties = check(action, actor, at);
		StepContext ctx = context(input, actor, at);
		engine.steps.apply(action, ctx, parties);
		absorb(ctx);
	}

	/** The alarms due up to the import's "now" go off: call it when the history has no more steps. */
	public void finish() {
		fire(now);
	}

	/**
	 * This case, a duplicate, merged into a master, as a dispatcher merges it. Play masters first: the master's
	 * approval of its reply, if it came later but before now, reaches the duplicate here.
	 */
	public void mergeInto(CaseHistory master, Instant at, Actor dispatcher) {
		Row masterNow = master.lastRowAt(at);
		CaseState masterState = masterNow.to();
		boolean answered = EnumSet.of(CaseState.CALLBACK, CaseState.RATED).contains(masterState);
		CaseRecord c = kase;
		StepContext ctx = context(ActionInput.note("与主件诉求相同，合并办理"), dispatcher, at);
		check(CaseAction.MERGE, dispatcher, at);
		engine.steps.closing().merge(ctx, master.kase.id(), master.kase.trackingNumber(),
				answered ? master.kase.replyResult() : null, answered ? master.kase.replyText() : null);
		absorb(ctx);
		master.rows.add(new Row(master.kase.id(), masterNow.round(), CaseAction.MERGE, masterState, masterState,
				dispatcher.username(), ctx.actorUnit, null, at, ClosingSteps.mergedNote(c.trackingNumber()), Light.NONE,
				engine.json.writeValueAsString(ClosingSteps.mergedDetail(c.trackingNumber()))));
		if (!answered) {
			Instant approved = master.approvedAfter(at);
			if (approved != null) {
				shareReply(master, approved, dispatcher);
			}
		}
	}

	Row lastRowAt(Instant at) {
		Row found = null;
		for (Row r : rows) {
			if (!r.at().isAfter(at)) {
				found = r;
			}
		}
		return found;
	}

	/** When this case's reply was approved after {@code at}, if it was. */
	private Instant approvedAfter(Instant at) {
		for (Row row : rows) {
			if (row.action() == CaseAction.REVIEW && row.to() == CaseState.CALLBACK && row.at().isAfter(at)) {
				return row.at();
			}
		}
		return null;
	}

	private void shareReply(CaseHistory master, Instant at, Actor dispatcher) {
		CaseRecord m = master.kase;
		StepContext ctx = new StepContext(kase, ActionInput.NONE, dispatcher.username(), null, at, Light.NONE);
		kase.shareReply(m.replyResult(), m.replyText(), at);
		ctx.record(CaseAction.REPLY_SHARED, m.leadUnitCode(), m.replyText(), Map.of("master", m.trackingNumber()));
		absorb(ctx);
	}

	private Set<Party> check(CaseAction action, Actor actor, Instant at) {
		Set<Party> parties = engine.access.parties(actor, kase);
		if (!CaseWorkflow.allows(action, engine.facts.of(kase, at), parties)) {
			throw new IllegalStateException("history of " + kase.trackingNumber() + ": " + actor.username()
					+ " may not " + action + " in " + kase.state() + " (pending " + kase.pending() + ")");
		}
		return parties;
	}

	private StepContext context(ActionInput input, Actor actor, Instant at) {
		return new StepContext(kase, input, actor.username(), engine.access.actingUnit(actor, kase), at,
				engine.lights.of(kase.runningDeadline().orElse(null), at));
	}

	/** The alarms due up to {@code until} go off, as the case's alarm handling does. */
	private void fire(Instant until) {
		while (true) {
			Map.Entry<CaseClocks.Alarm, Instant> next = null;
			for (Map.Entry<CaseClocks.Alarm, Instant> e : alarms.entrySet()) {
				if (!e.getValue().isAfter(until) && (next == null || e.getValue().isBefore(next.getValue()))) {
					next = e;
				}
			}
			if (next == null) {
				return;
			}
			alarms.remove(next.getKey());
			CaseClocks.Alarm alarm = next.getKey();
			Instant at = next.getValue();
			CaseRecord c = kase;
			CaseAction action = alarm.red() ? CaseAction.ESCALATE : CaseAction.REMIND;
			if (c.round() != alarm.round() || !ActionService.stillRunning(c, alarm)
					|| !CaseWorkflow.allows(action, engine.facts.of(c, at), Set.of(Party.SYSTEM))) {
				continue;
			}
			StepContext ctx = new StepContext(c, ActionInput.NONE, ActionService.SYSTEM, null, at,
					engine.lights.of(c.runningDeadline().orElse(null), at));
			engine.steps.alarm(ctx, alarm.stage(), alarm.unitCode(), alarm.red(), Instant.ofEpochSecond(alarm.due()));
			absorb(ctx);
		}
	}

	/** Keeps what a step would have written: rows, messages, 督办, alarms. */
	private void absorb(StepContext ctx) {
		CaseRecord c = kase;
		version++;
		last = ctx.now;
		for (StepContext.Entry e : ctx.entries) {
			rows.add(new Row(c.id(), c.round(), e.action(), e.from(), e.to(), ctx.actor, ctx.actorUnit, e.unitCode(),
					ctx.now, e.note(), ctx.light, e.detail() == null ? null : engine.json.writeValueAsString(e.detail())));
		}
		ctx.messages.forEach(m -> notes.add(new Note(m.unitCode(), m.kind(), m.text(), ctx.now)));
		ctx.supervisions.forEach(o -> supervisions.add(new Issued(o, ctx.actor, ctx.now)));
		// An alarm whose moment has already passed (a deadline extended late) goes off at once, as a timer would.
		ctx.timers.forEach(t -> engine.timers.alarms(c.id(), c.round(), t.stage(), t.unitCode(), t.deadline())
			.forEach((alarm, at) -> alarms.putIfAbsent(alarm, at.isBefore(ctx.now) ? ctx.now : at)));
	}
}
