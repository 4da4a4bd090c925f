package org.zhili.urban.internal.cases;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.Deadline;
import org.zhili.process.Journal;
import org.zhili.process.Supervisions;
import org.zhili.urban.UrbanCases;

/**
 * What befalls a stage nobody moves on: near its end the responsible unit is warned; once run out the stage goes to
 * 督办 — the 处置 stage to the unit handling it, the centre's own stages (核实, 立案, 派遣, 核查, 结案) to the centre —
 * and the timeline says so.
 */
@Component
@Transactional
class UrbanCaseAlarms {

	private static final String SYSTEM = "system";

	private final UrbanCaseStore store;
	private final UrbanCaseRules rules;
	private final UrbanCaseNotices notices;
	private final UrbanCaseViews views;
	private final Supervisions supervisions;
	private final Journal journal;
	private final Clock clock;

	UrbanCaseAlarms(UrbanCaseStore store, UrbanCaseRules rules, UrbanCaseNotices notices, UrbanCaseViews views,
			Supervisions supervisions, Journal journal, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.notices = notices;
		this.views = views;
		this.supervisions = supervisions;
		this.journal = journal;
		this.clock = clock;
	}

	void alarm(long id, String stage, boolean due, Deadline deadline) {
		UrbanCaseStore.Row r = store.lock(id).orElse(null);
		if (r == null || !stage.equals(r.state().clock())) {
			return;
		}
		Instant now = clock.instant();
		String unit = responsible(r);
		String stageName = UrbanCaseViews.stageLabel(stage);
		if (!due) {
			notices.tell(r, unit, "DEADLINE", "临期", stageName + "时限将至：" + r.reference() + " " + views.className(r),
					now, "urban-warn-" + id + "-" + stage + "-" + deadline.due());
			return;
		}
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "overdue", stageName + "超期", SYSTEM, unit,
				stageName + "时限（" + deadline.limit() + "）已到，仍未办结", now));
		Supervisions.Supervision s = supervisions.issue(new Supervisions.Order(UrbanCases.LOOP, id, r.reference(),
				UrbanCaseViews.link(id), unit, rules.overdueLevel(),
				"城管案卷" + stageName + "超期：" + views.className(r) + "，" + r.description(), null), SYSTEM, now);
		journal.append(new Journal.Step(UrbanCases.LOOP, id, "supervise", s.levelLabel(), SYSTEM, unit, s.note(), now));
	}

	/** A 督办 of the case climbed a level: the timeline says so (the kit keeps the 督办 itself). */
	void escalating(Supervisions.Supervision unanswered, String nextLabel, String note) {
		UrbanCaseStore.Row r = store.lock(unanswered.itemId()).orElse(null);
		if (r == null || nextLabel == null) {
			return;
		}
		journal.append(new Journal.Step(UrbanCases.LOOP, r.id(), "supervise", nextLabel, SYSTEM, unanswered.unitCode(),
				note, clock.instant()));
	}

	/** Who answers for the current stage: the handling unit while it handles, else the centre. */
	String responsible(UrbanCaseStore.Row r) {
		return r.state() == UrbanCaseWorkflow.State.HANDLING && r.handlerCode() != null ? r.handlerCode() : rules.centre();
	}
}
