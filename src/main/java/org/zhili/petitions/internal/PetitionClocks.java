package org.zhili.petitions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.petitions.PetitionState;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;
import org.zhili.process.Inbox;
import org.zhili.process.Journal;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;

import static org.zhili.petitions.internal.PetitionRegistration.LOOP;
import static org.zhili.petitions.internal.PetitionWorkflow.*;

/**
 * A petition's legal clocks on the kit (条例 arts. 22, 34–36): registering and routing, handling, 复查 and 复核 each
 * warn the responsible unit {@code warn-days} before they run out and, once run out, 督办 it (an unanswered 督办 climbs
 * the kit's ladder). The petitioner's windows to ask for 复查 or 复核 simply close: the petition ends (办结).
 */
@Component
class PetitionClocks implements ClockListener, SupervisionListener {

	private final PetitionStore store;
	private final PetitionRules rules;
	private final WorkingCalendar calendar;
	private final Inbox inbox;
	private final Journal journal;
	private final Supervisions supervisions;
	private final Clock clock;

	PetitionClocks(PetitionStore store, PetitionRules rules, WorkingCalendar calendar, Inbox inbox, Journal journal,
			@Lazy Supervisions supervisions, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.calendar = calendar;
		this.inbox = inbox;
		this.journal = journal;
		this.supervisions = supervisions;
		this.clock = clock;
	}

	@Override
	public String loop() {
		return LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		if (window(key.name()) || rules.warnDays() == 0) {
			return null;
		}
		LocalDate last = LocalDate.ofInstant(deadline.due(), calendar.zone());
		return last.minusDays(rules.warnDays()).atTime(calendar.officeHours().morningStart()).atZone(calendar.zone())
			.toInstant();
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		PetitionStore.Row p = store.lock(key.itemId()).orElse(null);
		if (p == null || p.state() != expected(key.name())) {
			return;
		}
		Instant now = clock.instant();
		if (window(key.name())) {
			if (alarm == Clocks.Alarm.DUE) {
				store.state(p.id(), PetitionState.CLOSED, now);
				journal.append(new Journal.Step(LOOP, p.id(), "close", "办结", "system", null,
						"信访人未在期限内申请" + (REVIEW_WINDOW_CLOCK.equals(key.name()) ? "复查" : "复核") + "，信访事项办结", now));
			}
			return;
		}
		String unit = unit(key.name(), p);
		String what = what(key.name());
		if (alarm == Clocks.Alarm.WARN) {
			inbox.post(new Inbox.Message(LOOP, p.id(), p.trackingNumber(), PetitionViews.link(p.id()), unit, "DEADLINE",
					what + "临期", what + "期限 " + PetitionViews.date(deadline.due()) + " 将至：" + p.title(), now,
					"petition-warn:" + key.name() + ":" + p.id() + ":" + deadline.due()));
			return;
		}
		journal.append(new Journal.Step(LOOP, p.id(), "overdue", what + "超期", "system", unit,
				what + "期限 " + PetitionViews.date(deadline.due()) + " 已过", now));
		Supervisions.Supervision s = supervisions.issue(new Supervisions.Order(LOOP, p.id(), p.trackingNumber(),
				PetitionViews.link(p.id()), unit, rules.overdueLevel(), "信访件" + what + "超过法定期限：" + p.title()
						+ "。请立即办理并说明原因（《信访工作条例》第四十四条、第四十五条）", null),
				"system", now);
		journal.append(new Journal.Step(LOOP, p.id(), "supervise", s.levelLabel(), "system", unit, s.note(), now));
	}

	/** Limits are counted in 日 (or working days, as configured): the due instant is read from the clock when shown. */
	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
	}

	@Override
	public void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note) {
		PetitionStore.Row p = store.lock(unanswered.itemId()).orElse(null);
		if (p == null || next == null) {
			return;
		}
		journal.append(new Journal.Step(LOOP, p.id(), "supervise", supervisions.label(LOOP, next), "system",
				unanswered.unitCode(), note, clock.instant()));
	}

	private static boolean window(String name) {
		return REVIEW_WINDOW_CLOCK.equals(name) || RE_REVIEW_WINDOW_CLOCK.equals(name);
	}

	private static PetitionState expected(String name) {
		return switch (name) {
			case REGISTER_CLOCK -> PetitionState.REGISTERED;
			case HANDLE_CLOCK -> PetitionState.HANDLING;
			case REVIEW_WINDOW_CLOCK -> PetitionState.REPLIED;
			case REVIEW_CLOCK -> PetitionState.REVIEWING;
			case RE_REVIEW_WINDOW_CLOCK -> PetitionState.REVIEWED;
			default -> PetitionState.RE_REVIEWING;
		};
	}

	private String unit(String name, PetitionStore.Row p) {
		return switch (name) {
			case HANDLE_CLOCK -> p.handlingUnit();
			case REVIEW_CLOCK -> rules.reviewUnit();
			case RE_REVIEW_CLOCK -> rules.reReviewUnit();
			default -> rules.office();
		};
	}

	private static String what(String name) {
		return switch (name) {
			case REGISTER_CLOCK -> "登记交办";
			case HANDLE_CLOCK -> "办理";
			case REVIEW_CLOCK -> "复查";
			default -> "复核";
		};
	}
}
