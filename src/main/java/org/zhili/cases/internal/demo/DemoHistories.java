package org.zhili.cases.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.cases.Light;
import org.zhili.cases.ReplyResult;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.handling.ActionService;
import org.zhili.cases.internal.handling.CaseClocks;
import org.zhili.cases.internal.handling.CaseSteps;
import org.zhili.cases.internal.handling.ClosingSteps;
import org.zhili.cases.internal.handling.StepContext;
import org.zhili.cases.internal.intake.IntakeService;
import org.zhili.cases.internal.record.CaseAccess;
import org.zhili.cases.internal.record.CaseFacts;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.Lights;
import org.zhili.process.SupervisionLevel;
import org.zhili.identity.Actor;
import org.zhili.org.District;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays demo cases through the real rules, at past instants: every step is checked against
 * {@link CaseWorkflow} for the acting person's parties and performed by {@link CaseSteps}, exactly as
 * {@link ActionService} does for a request, and the deadline alarms go off in between as
 * the process kit's clocks would have fired them. Nothing is written here: each case's rows are collected in
 * its {@link DemoPlay} for a bulk load. A step due after "now" ends the play: the case stays where it is.
 */
@Component
class DemoHistories {

	/** The levels a supervisor chooses for a case (the others are the timers' and the leaders'). */
	private static final List<SupervisionLevel> SUPERVISION = List.of(SupervisionLevel.URGE, SupervisionLevel.YELLOW,
			SupervisionLevel.RED);

	/** Raised by a step due later than now: the history so far is all there is. */
	static final class Later extends RuntimeException {

		Later() {
			super(null, null, false, false);
		}
	}

	/** The departments a street whistles for, by the part of their code after the district's code. */
	private static final List<String> WHISTLED_DEPARTMENTS = List.of("CGW", "ZJW", "SCJ", "STJ", "GAJ", "YJJ");

	private final CaseSteps steps;
	private final CaseAccess access;
	private final CaseFacts facts;
	private final Lights lights;
	private final CaseClocks timers;
	private final WorkingCalendar calendar;
	private final JsonMapper json;
	private final List<String> whistled;

	DemoHistories(CaseSteps steps, CaseAccess access, CaseFacts facts, Lights lights, CaseClocks timers,
			WorkingCalendar calendar, JsonMapper json, District district) {
		this.whistled = WHISTLED_DEPARTMENTS.stream().map(district::unitCode).toList();
		this.steps = steps;
		this.access = access;
		this.facts = facts;
		this.lights = lights;
		this.timers = timers;
		this.calendar = calendar;
		this.json = json;
	}

	/** What the generator decided about one case before playing it. */
	record Script(DemoActors actors, Actor registrar, String answer, String replyText, String wrongUnit, int returns,
			boolean whistle, boolean extend, boolean suspend, boolean voided, boolean stuckBeforeAccept,
			boolean stuckInHandling, boolean rework, boolean coUnit) {
	}

	/** The case as {@link IntakeService} registers it: its first timeline row. */
	DemoPlay registered(CaseRecord kase, Script s) {
		DemoPlay p = new DemoPlay(kase);
		p.rows.add(new DemoPlay.Row(kase.id(), 1, CaseAction.REGISTER, null, CaseState.REGISTERED, s.registrar().username(),
				s.registrar().scope().unitCode(), kase.intake().territory().streetCode(), kase.intake().registeredAt(), null,
				Light.NONE, null));
		p.last = kase.intake().registeredAt();
		return p;
	}

	/** Registers the case as {@link IntakeService} does, then plays its life as far as {@code now}. */
	DemoPlay play(CaseRecord kase, Script s, SplittableRandom r, Instant now) {
		DemoPlay p = registered(kase, s);
		Instant t = kase.intake().registeredAt();
		if (s.answer() != null) {
			kase.answerOnTheSpot(s.answer(), t);
			p.version++;
			p.rows.add(new DemoPlay.Row(kase.id(), 1, CaseAction.ANSWER, CaseState.REGISTERED, CaseState.CLOSED,
					s.registrar().username(), s.registrar().scope().unitCode(), null, t, s.answer(), Light.NONE, null));
			return p;
		}
		try {
			life(p, s, r, t, now);
		}
		catch (Later stop) {
			// the rest of this case's life lies in the future
		}
		fire(p, now);
		return p;
	}

	private void life(DemoPlay p, Script s, SplittableRandom r, Instant t, Instant now) {
		DemoActors a = s.actors();
		CaseRecord c = p.kase;
		// A few wait for the dispatcher for days (待派单, e.g. unclear where they belong); most are dispatched
		// within the hour.
		t = r.nextInt(100) < 5 ? calendar.addWorkingTime(t, Duration.ofHours(8L + r.nextInt(112)))
				: t.plus(minutes(r, 3, 40));
		if (s.voided()) {
			step(p, t, now, a.dispatcher(), CaseAction.VOID, note(pick(r, DemoTexts.VOID)));
			return;
		}
		for (int i = 0; i < s.returns(); i++) {
			String wrong = i == 0 ? s.wrongUnit() : a.otherUnit(r, c.leadUnitCode());
			step(p, t, now, a.dispatcher(), CaseAction.DISPATCH, unit(wrong, null));
			t = calendar.addWorkingTime(t, minutes(r, 20, 300));
			step(p, t, now, a.handler(c.leadUnitCode()), CaseAction.RETURN, note(pick(r, DemoTexts.RETURN)));
			t = queue(r, t, 10, 90);
			step(p, t, now, a.dispatcher(), CaseAction.APPROVE, note("同意退回，重新派单"));
			t = t.plus(minutes(r, 5, 40));
		}
		boolean designate = c.returnCount() >= 3;
		step(p, t, now, a.dispatcher(), designate ? CaseAction.DESIGNATE : CaseAction.DISPATCH,
				unit(null, s.coUnit() ? a.otherUnit(r, null) : null));
		if (s.stuckBeforeAccept()) {
			return;
		}
		round(p, s, r, a, t, now, false);
	}

	/** One round of handling, from acceptance to the rating; a dissatisfied requester may start another. */
	private void round(DemoPlay p, Script s, SplittableRandom r, DemoActors a, Instant t, Instant now,
			boolean second) {
		CaseRecord c = p.kase;
		Actor lead = a.handler(c.leadUnitCode());
		boolean late = r.nextInt(100) < 9;
		t = within(c.accept(), late ? 1.1 + r.nextDouble() * 1.5 : 0.05 + r.nextDouble() * 0.8);
		step(p, t, now, lead, CaseAction.ACCEPT, ActionInput.NONE);
		if (s.whistle() && !second && a.isStreet(c.leadUnitCode())) {
			t = calendar.addWorkingTime(t, minutes(r, 30, 240));
			String department = whistled.get(r.nextInt(whistled.size()));
			step(p, t, now, lead, CaseAction.WHISTLE, new ActionInput(null, null, null, List.of(department), null, null,
					pick(r, DemoTexts.WHISTLE), null, null, null, null, null, null, null, null, null));
			t = calendar.addWorkingTime(t, minutes(r, 30, 600));
			step(p, t, now, a.handler(department), CaseAction.REPORT, note(pick(r, DemoTexts.REPORT)));
		}
		if (r.nextInt(100) < 30) {
			t = calendar.addWorkingTime(t, minutes(r, 30, 900));
			step(p, t, now, lead, CaseAction.NOTE, note(pick(r, DemoTexts.NOTE)));
		}
		if (s.extend() && !second) {
			t = calendar.addWorkingTime(t, minutes(r, 60, 1200));
			step(p, t, now, lead, CaseAction.EXTEND, new ActionInput(null, null, null, null, null, null,
					pick(r, DemoTexts.EXTEND), null, (3 + r.nextInt(8)) + "wd", null, null, null, null, null, null, null));
			t = queue(r, t, 20, 600);
			boolean approve = r.nextInt(100) < 85;
			step(p, t, now, a.dispatcher(), approve ? CaseAction.APPROVE : CaseAction.REJECT,
					note(approve ? "同意延期" : "时限内可以办结，请抓紧办理"));
		}
		if (s.suspend() && !second) {
			t = calendar.addWorkingTime(t, minutes(r, 60, 1200));
			step(p, t, now, lead, CaseAction.SUSPEND, note(pick(r, DemoTexts.SUSPEND)));
			t = queue(r, t, 20, 600);
			step(p, t, now, a.dispatcher(), CaseAction.APPROVE, note("同意挂账"));
			t = calendar.addWorkingTime(t, Duration.ofHours(8L * (2 + r.nextInt(9))));
			step(p, t, now, lead, CaseAction.RESUME, note("条件具备，恢复办理"));
		}
		if (s.stuckInHandling() && !second) {
			Instant red = c.feedback().due().plus(minutes(r, 60, 2880));
			if (r.nextInt(100) < 60) {
				step(p, red, now, a.supervisor(), CaseAction.SUPERVISE, new ActionInput(null, null, null, null, null,
						null, pick(r, DemoTexts.SUPERVISE), null, null, null, null, null, null, null,
						SUPERVISION.get(r.nextInt(SUPERVISION.size())), null));
			}
			throw new Later();
		}
		boolean replyLate = r.nextInt(100) < 8;
		Instant replyAt = within(c.feedback(), replyLate ? 1.05 + r.nextDouble() : 0.15 + r.nextDouble() * 0.8);
		t = replyAt.isAfter(t) ? replyAt : calendar.addWorkingTime(t, minutes(r, 30, 240));
		Instant overdue = c.feedback().due().plus(minutes(r, 30, 600));
		if (replyLate && r.nextInt(100) < 25 && overdue.isBefore(t)) {
			step(p, overdue, now, a.supervisor(), CaseAction.SUPERVISE,
					new ActionInput(null, null, null, null, null, null, pick(r, DemoTexts.SUPERVISE), null, null, null, null,
							null, null, null, SupervisionLevel.URGE, null));
		}
		ReplyResult result = result(r);
		step(p, t, now, lead, CaseAction.REPLY, reply(result, s.replyText()));
		t = queue(r, t, 20, 720);
		if (s.rework() && !second) {
			step(p, t, now, a.dispatcher(), CaseAction.REVIEW, review(false, pick(r, DemoTexts.REWORK)));
			t = calendar.addWorkingTime(t, minutes(r, 120, 1440));
			step(p, t, now, lead, CaseAction.REPLY, reply(ReplyResult.SOLVED, s.replyText()));
			t = t.plus(minutes(r, 20, 720));
		}
		step(p, t, now, a.dispatcher(), CaseAction.REVIEW, review(true, null));
		t = within(c.callback(), 0.1 + r.nextDouble() * 0.85);
		if (r.nextInt(100) < 6) {
			for (int attempt = 0; attempt < 3; attempt++) {
				step(p, t, now, a.operator(), CaseAction.CALLBACK, new ActionInput(null, null, null, null, null, null,
						"电话无人接听", null, null, null, null, false, null, null, null, null));
				t = t.plus(minutes(r, 120, 600));
			}
		}
		else {
			Satisfaction satisfaction = satisfaction(r, result);
			boolean solved = satisfaction != Satisfaction.UNSATISFIED ? result == ReplyResult.SOLVED
					|| result == ReplyResult.PARTLY_SOLVED || r.nextInt(100) < 60 : r.nextInt(100) < 20;
			step(p, t, now, a.operator(), CaseAction.CALLBACK, new ActionInput(null, null, null, null, null, null,
					pick(r, DemoTexts.CALLBACK), null, null, null, null, true, solved, satisfaction, null, null));
		}
		t = queue(r, t, 30, 900);
		if (!second && CaseWorkflow.allows(CaseAction.REDISPATCH, facts.of(c, t), Set.of(Party.DISPATCHER))
				&& r.nextInt(100) < 60) {
			step(p, t, now, a.dispatcher(), CaseAction.REDISPATCH, note("诉求人不满意，再次交办，请重新核实处理"));
			round(p, s, r, a, t, now, true);
			return;
		}
		step(p, t, now, a.dispatcher(), CaseAction.CLOSE, ActionInput.NONE);
	}

	/**
	 * A duplicate merged into a master, as a dispatcher merges it (see ActionService). Masters are played
	 * first, so the master's later approval of its reply, if it came before now, reaches the duplicate here.
	 */
	void merge(DemoPlay duplicate, DemoPlay master, Instant at, DemoActors a) {
		DemoPlay.Row masterNow = master.lastRowAt(at);
		CaseState masterState = masterNow.to();
		boolean answered = EnumSet.of(CaseState.CALLBACK, CaseState.RATED).contains(masterState);
		Actor dispatcher = a.dispatcher();
		CaseRecord c = duplicate.kase;
		StepContext ctx = context(duplicate, ActionInput.note("与主件诉求相同，合并办理"), dispatcher, at);
		check(c, CaseAction.MERGE, dispatcher, at);
		steps.closing().merge(ctx, master.kase.id(), master.kase.trackingNumber(),
				answered ? master.kase.replyResult() : null, answered ? master.kase.replyText() : null);
		absorb(duplicate, ctx);
		master.rows.add(new DemoPlay.Row(master.kase.id(), masterNow.round(), CaseAction.MERGE, masterState, masterState,
				dispatcher.username(), ctx.actorUnit, null, at, ClosingSteps.mergedNote(c.trackingNumber()), Light.NONE,
				json.writeValueAsString(ClosingSteps.mergedDetail(c.trackingNumber()))));
		if (!answered) {
			Instant approved = approvedAfter(master, at);
			if (approved != null) {
				shareReply(duplicate, master, approved, dispatcher);
			}
		}
	}

	/** When the master's reply was approved after {@code at}, if it was. */
	private static Instant approvedAfter(DemoPlay master, Instant at) {
		for (DemoPlay.Row row : master.rows) {
			if (row.action() == CaseAction.REVIEW && row.to() == CaseState.CALLBACK && row.at().isAfter(at)) {
				return row.at();
			}
		}
		return null;
	}

	private void shareReply(DemoPlay duplicate, DemoPlay master, Instant at, Actor dispatcher) {
		CaseRecord m = master.kase;
		StepContext ctx = new StepContext(duplicate.kase, ActionInput.NONE, dispatcher.username(), null, at, Light.NONE);
		duplicate.kase.shareReply(m.replyResult(), m.replyText(), at);
		ctx.record(CaseAction.REPLY_SHARED, m.leadUnitCode(), m.replyText(), Map.of("master", m.trackingNumber()));
		absorb(duplicate, ctx);
	}

	// ---- the engine --------------------------------------------------------------------------------

	/** One step at {@code at}, as ActionService performs it; {@link Later} when {@code at} is after now. */
	private void step(DemoPlay p, Instant when, Instant now, Actor actor, CaseAction action, ActionInput input) {
		// Nobody acts on a case before its previous step (e.g. a 督办 planned for a moment already past).
		Instant at = p.last != null && when.isBefore(p.last) ? p.last.plusSeconds(60) : when;
		if (at.isAfter(now)) {
			throw new Later();
		}
		fire(p, at);
		Set<Party> parties = check(p.kase, action, actor, at);
		StepContext ctx = context(p, input, actor, at);
		steps.apply(action, ctx, parties);
		absorb(p, ctx);
	}

	private Set<Party> check(CaseRecord c, CaseAction action, Actor actor, Instant at) {
		Set<Party> parties = access.parties(actor, c);
		if (!CaseWorkflow.allows(action, facts.of(c, at), parties)) {
			throw new IllegalStateException("demo history of " + c.trackingNumber() + ": " + actor.username()
					+ " may not " + action + " in " + c.state() + " (pending " + c.pending() + ")");
		}
		return parties;
	}

	private StepContext context(DemoPlay p, ActionInput input, Actor actor, Instant at) {
		CaseRecord c = p.kase;
		return new StepContext(c, input, actor.username(), access.actingUnit(actor, c), at,
				lights.of(c.runningDeadline().orElse(null), at));
	}

	/** The alarms due up to {@code until} go off, as {@link ActionService#alarm} handles them. */
	private void fire(DemoPlay p, Instant until) {
		while (true) {
			Map.Entry<CaseClocks.Alarm, Instant> next = null;
			for (Map.Entry<CaseClocks.Alarm, Instant> e : p.alarms.entrySet()) {
				if (!e.getValue().isAfter(until) && (next == null || e.getValue().isBefore(next.getValue()))) {
					next = e;
				}
			}
			if (next == null) {
				return;
			}
			p.alarms.remove(next.getKey());
			CaseClocks.Alarm alarm = next.getKey();
			Instant at = next.getValue();
			CaseRecord c = p.kase;
			CaseAction action = alarm.red() ? CaseAction.ESCALATE : CaseAction.REMIND;
			if (c.round() != alarm.round() || !ActionService.stillRunning(c, alarm)
					|| !CaseWorkflow.allows(action, facts.of(c, at), Set.of(Party.SYSTEM))) {
				continue;
			}
			StepContext ctx = new StepContext(c, ActionInput.NONE, ActionService.SYSTEM, null, at,
					lights.of(c.runningDeadline().orElse(null), at));
			steps.alarm(ctx, alarm.stage(), alarm.unitCode(), alarm.red(), Instant.ofEpochSecond(alarm.due()));
			absorb(p, ctx);
		}
	}

	/** Keeps what ActionService would have written for a step: rows, messages, alarms. */
	private void absorb(DemoPlay p, StepContext ctx) {
		CaseRecord c = p.kase;
		p.version++;
		p.last = ctx.now;
		for (StepContext.Entry e : ctx.entries) {
			p.rows.add(new DemoPlay.Row(c.id(), c.round(), e.action(), e.from(), e.to(), ctx.actor, ctx.actorUnit,
					e.unitCode(), ctx.now, e.note(), ctx.light, e.detail() == null ? null : json.writeValueAsString(e.detail())));
		}
		ctx.messages.forEach(m -> p.notes.add(new DemoPlay.Note(m.unitCode(), m.kind(), m.text(), ctx.now)));
		ctx.supervisions.forEach(o -> p.supervisions.add(new DemoPlay.Issued(o, ctx.actor, ctx.now)));
		// An alarm whose moment has already passed (a deadline extended late) goes off at once, as a timer would.
		ctx.timers.forEach(t -> timers.alarms(c.id(), c.round(), t.stage(), t.unitCode(), t.deadline())
			.forEach((alarm, at) -> p.alarms.putIfAbsent(alarm, at.isBefore(ctx.now) ? ctx.now : at)));
	}

	/** The instant a share of a deadline's time is used, counted as the deadline counts (working or natural). */
	private Instant within(Deadline d, double share) {
		if (d.limit().unit().working()) {
			Duration working = calendar.workingTimeBetween(d.start(), d.due());
			return calendar.addWorkingTime(d.start(), Duration.ofSeconds((long) (working.toSeconds() * share)));
		}
		return d.start().plusSeconds((long) (Duration.between(d.start(), d.due()).toSeconds() * share));
	}

	// ---- inputs ------------------------------------------------------------------------------------

	private static ActionInput note(String note) {
		return ActionInput.note(note);
	}

	private static ActionInput unit(String unitCode, String coUnit) {
		return new ActionInput(null, unitCode, coUnit == null ? null : List.of(coUnit), null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	private static ActionInput reply(ReplyResult result, String text) {
		return new ActionInput(null, null, null, null, null, null, text, null, null, result, null, null, null, null, null,
				null);
	}

	private static ActionInput review(boolean approved, String note) {
		return new ActionInput(null, null, null, null, null, null, note, null, null, null, approved, null, null, null, null,
				null);
	}

	private static ReplyResult result(SplittableRandom r) {
		int x = r.nextInt(100);
		return x < 74 ? ReplyResult.SOLVED : x < 86 ? ReplyResult.PARTLY_SOLVED : x < 92 ? ReplyResult.UNFOUNDED
				: x < 97 ? ReplyResult.UNSOLVABLE : ReplyResult.UNSOLVED;
	}

	private static Satisfaction satisfaction(SplittableRandom r, ReplyResult result) {
		int x = r.nextInt(100);
		int unsatisfied = result == ReplyResult.SOLVED ? 3 : result == ReplyResult.PARTLY_SOLVED ? 15 : 35;
		return x < unsatisfied ? Satisfaction.UNSATISFIED
				: x < unsatisfied + 13 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
	}

	/**
	 * When the command centre gets to a decision (dispatch, approval, review, closing): mostly within hours,
	 * but one in eight waits in its queue for one to four working days.
	 */
	private Instant queue(SplittableRandom r, Instant t, int fromMinutes, int toMinutes) {
		if (r.nextInt(100) < 12) {
			return calendar.addWorkingTime(t, Duration.ofHours(8L + r.nextInt(24)));
		}
		return t.plus(minutes(r, fromMinutes, toMinutes));
	}

	static Duration minutes(SplittableRandom r, int from, int to) {
		return Duration.ofMinutes(from + r.nextInt(to - from + 1));
	}

	static String pick(SplittableRandom r, List<String> texts) {
		return texts.get(r.nextInt(texts.size()));
	}
}
