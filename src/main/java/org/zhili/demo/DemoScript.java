package org.zhili.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.cases.ReplyResult;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.history.CaseHistory;
import org.zhili.identity.Actor;
import org.zhili.org.District;
import org.zhili.process.SupervisionLevel;

/**
 * What happens to a demo case after its registration, decided step by step as the case stands: dispatch (after
 * some wrong units and returns), acceptance, whistles, notes, extensions, suspensions, 督办, the reply, its review,
 * the follow-up call, a second round for some dissatisfied requesters, closing. The cases module plays each step
 * through the real workflow ({@link CaseHistory}); a step due after now ends the case's history there.
 */
@DemoComponent
class DemoScript {

	/** The levels a supervisor chooses for a case (the others are the timers' and the leaders'). */
	private static final List<SupervisionLevel> SUPERVISION = List.of(SupervisionLevel.URGE, SupervisionLevel.YELLOW,
			SupervisionLevel.RED);

	/** The departments a street whistles for, by the part of their code after the district's code. */
	private static final List<String> WHISTLED_DEPARTMENTS = List.of("CGW", "ZJW", "SCJ", "STJ", "GAJ", "YJJ");

	private final WorkingCalendar calendar;
	private final List<String> whistled;

	DemoScript(WorkingCalendar calendar, District district) {
		this.whistled = WHISTLED_DEPARTMENTS.stream().map(district::unitCode).toList();
		this.calendar = calendar;
	}

	/** What the generator decided about one case before playing it. */
	record Script(DemoActors actors, Actor registrar, String answer, String replyText, String wrongUnit, int returns,
			boolean whistle, boolean extend, boolean suspend, boolean voided, boolean stuckBeforeAccept,
			boolean stuckInHandling, boolean rework, boolean coUnit) {
	}

	/** Plays a registered case's life as far as the import's now. */
	void play(CaseHistory h, Script s, SplittableRandom r) {
		if (s.answer() != null) {
			h.answerOnTheSpot(s.answer());
			return;
		}
		try {
			life(h, s, r, h.last());
		}
		catch (CaseHistory.Later stop) {
			// the rest of this case's life lies in the future
		}
		h.finish();
	}

	private void life(CaseHistory h, Script s, SplittableRandom r, Instant t) {
		DemoActors a = s.actors();
		// A few wait for the dispatcher for days (待派单, e.g. unclear where they belong); most are dispatched
		// within the hour.
		t = r.nextInt(100) < 5 ? calendar.addWorkingTime(t, Duration.ofHours(8L + r.nextInt(112)))
				: t.plus(minutes(r, 3, 40));
		if (s.voided()) {
			h.step(t, a.dispatcher(), CaseAction.VOID, note(pick(r, DemoTexts.VOID)));
			return;
		}
		for (int i = 0; i < s.returns(); i++) {
			String wrong = i == 0 ? s.wrongUnit() : a.otherUnit(r, h.snapshot().leadUnitCode());
			h.step(t, a.dispatcher(), CaseAction.DISPATCH, unit(wrong, null));
			t = calendar.addWorkingTime(t, minutes(r, 20, 300));
			h.step(t, a.handler(h.snapshot().leadUnitCode()), CaseAction.RETURN, note(pick(r, DemoTexts.RETURN)));
			t = queue(r, t, 10, 90);
			h.step(t, a.dispatcher(), CaseAction.APPROVE, note("同意退回，重新派单"));
			t = t.plus(minutes(r, 5, 40));
		}
		boolean designate = h.snapshot().returnCount() >= 3;
		h.step(t, a.dispatcher(), designate ? CaseAction.DESIGNATE : CaseAction.DISPATCH,
				unit(null, s.coUnit() ? a.otherUnit(r, null) : null));
		if (s.stuckBeforeAccept()) {
			return;
		}
		round(h, s, r, a, t, false);
	}

	/** One round of handling, from acceptance to the rating; a dissatisfied requester may start another. */
	private void round(CaseHistory h, Script s, SplittableRandom r, DemoActors a, Instant t,
			boolean second) {
		Actor lead = a.handler(h.snapshot().leadUnitCode());
		boolean late = r.nextInt(100) < 9;
		t = within(h.snapshot().accept(), late ? 1.1 + r.nextDouble() * 1.5 : 0.05 + r.nextDouble() * 0.8);
		h.step(t, lead, CaseAction.ACCEPT, ActionInput.NONE);
		if (s.whistle() && !second && a.isStreet(h.snapshot().leadUnitCode())) {
			t = calendar.addWorkingTime(t, minutes(r, 30, 240));
			String department = whistled.get(r.nextInt(whistled.size()));
			h.step(t, lead, CaseAction.WHISTLE, new ActionInput(null, null, null, List.of(department), null, null,
					pick(r, DemoTexts.WHISTLE), null, null, null, null, null, null, null, null, null));
			t = calendar.addWorkingTime(t, minutes(r, 30, 600));
			h.step(t, a.handler(department), CaseAction.REPORT, note(pick(r, DemoTexts.REPORT)));
		}
		if (r.nextInt(100) < 30) {
			t = calendar.addWorkingTime(t, minutes(r, 30, 900));
			h.step(t, lead, CaseAction.NOTE, note(pick(r, DemoTexts.NOTE)));
		}
		if (s.extend() && !second) {
			t = calendar.addWorkingTime(t, minutes(r, 60, 1200));
			h.step(t, lead, CaseAction.EXTEND, new ActionInput(null, null, null, null, null, null,
					pick(r, DemoTexts.EXTEND), null, (3 + r.nextInt(8)) + "wd", null, null, null, null, null, null, null));
			t = queue(r, t, 20, 600);
			boolean approve = r.nextInt(100) < 85;
			h.step(t, a.dispatcher(), approve ? CaseAction.APPROVE : CaseAction.REJECT,
					note(approve ? "同意延期" : "时限内可以办结，请抓紧办理"));
		}
		if (s.suspend() && !second) {
			t = calendar.addWorkingTime(t, minutes(r, 60, 1200));
			h.step(t, lead, CaseAction.SUSPEND, note(pick(r, DemoTexts.SUSPEND)));
			t = queue(r, t, 20, 600);
			h.step(t, a.dispatcher(), CaseAction.APPROVE, note("同意挂账"));
			t = calendar.addWorkingTime(t, Duration.ofHours(8L * (2 + r.nextInt(9))));
			h.step(t, lead, CaseAction.RESUME, note("条件具备，恢复办理"));
		}
		if (s.stuckInHandling() && !second) {
			Instant red = h.snapshot().feedback().due().plus(minutes(r, 60, 2880));
			if (r.nextInt(100) < 60) {
				h.step(red, a.supervisor(), CaseAction.SUPERVISE, new ActionInput(null, null, null, null, null,
						null, pick(r, DemoTexts.SUPERVISE), null, null, null, null, null, null, null,
						SUPERVISION.get(r.nextInt(SUPERVISION.size())), null));
			}
			return;
		}
		boolean replyLate = r.nextInt(100) < 8;
		Instant replyAt = within(h.snapshot().feedback(), replyLate ? 1.05 + r.nextDouble() : 0.15 + r.nextDouble() * 0.8);
		t = replyAt.isAfter(t) ? replyAt : calendar.addWorkingTime(t, minutes(r, 30, 240));
		Instant overdue = h.snapshot().feedback().due().plus(minutes(r, 30, 600));
		if (replyLate && r.nextInt(100) < 25 && overdue.isBefore(t)) {
			h.step(overdue, a.supervisor(), CaseAction.SUPERVISE,
					new ActionInput(null, null, null, null, null, null, pick(r, DemoTexts.SUPERVISE), null, null, null, null,
							null, null, null, SupervisionLevel.URGE, null));
		}
		ReplyResult result = result(r);
		h.step(t, lead, CaseAction.REPLY, reply(result, s.replyText()));
		t = queue(r, t, 20, 720);
		if (s.rework() && !second) {
			h.step(t, a.dispatcher(), CaseAction.REVIEW, review(false, pick(r, DemoTexts.REWORK)));
			t = calendar.addWorkingTime(t, minutes(r, 120, 1440));
			h.step(t, lead, CaseAction.REPLY, reply(ReplyResult.SOLVED, s.replyText()));
			t = t.plus(minutes(r, 20, 720));
		}
		h.step(t, a.dispatcher(), CaseAction.REVIEW, review(true, null));
		t = within(h.snapshot().callback(), 0.1 + r.nextDouble() * 0.85);
		if (r.nextInt(100) < 6) {
			for (int attempt = 0; attempt < 3; attempt++) {
				h.step(t, a.operator(), CaseAction.CALLBACK, new ActionInput(null, null, null, null, null, null,
						"电话无人接听", null, null, null, null, false, null, null, null, null));
				t = t.plus(minutes(r, 120, 600));
			}
		}
		else {
			Satisfaction satisfaction = satisfaction(r, result);
			boolean solved = satisfaction != Satisfaction.UNSATISFIED ? result == ReplyResult.SOLVED
					|| result == ReplyResult.PARTLY_SOLVED || r.nextInt(100) < 60 : r.nextInt(100) < 20;
			h.step(t, a.operator(), CaseAction.CALLBACK, new ActionInput(null, null, null, null, null, null,
					pick(r, DemoTexts.CALLBACK), null, null, null, null, true, solved, satisfaction, null, null));
		}
		t = queue(r, t, 30, 900);
		if (!second && h.allows(CaseAction.REDISPATCH, t, Party.DISPATCHER)
				&& r.nextInt(100) < 60) {
			h.step(t, a.dispatcher(), CaseAction.REDISPATCH, note("诉求人不满意，再次交办，请重新核实处理"));
			round(h, s, r, a, t, true);
			return;
		}
		h.step(t, a.dispatcher(), CaseAction.CLOSE, ActionInput.NONE);
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
