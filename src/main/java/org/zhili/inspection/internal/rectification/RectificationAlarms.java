package org.zhili.inspection.internal.rectification;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.inspection.Rectifications.State;
import org.zhili.process.Journal;
import org.zhili.process.Supervisions;

import static org.zhili.inspection.Rectifications.LOOP;
import static org.zhili.inspection.internal.rectification.RectificationViews.link;
import static org.zhili.inspection.internal.rectification.RectificationViews.number;

/**
 * What befalls a rectification nobody acts on: its deadline's clock warns the unit and, once run out, 督办 it; a
 * 督办 unanswered climbs the kit's ladder. Each shows on the timeline.
 */
@Component
@Transactional
public class RectificationAlarms {

	private static final String SYSTEM = "system";

	private final RectificationStore store;
	private final RectificationRules rules;
	private final RectificationNotices notices;
	private final Supervisions supervisions;
	private final Journal journal;
	private final Clock clock;

	RectificationAlarms(RectificationStore store, RectificationRules rules, RectificationNotices notices,
			Supervisions supervisions, Journal journal, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.notices = notices;
		this.supervisions = supervisions;
		this.journal = journal;
		this.clock = clock;
	}

	/** The deadline warned or ran out: the unit is told, and 督办 once it is overdue — if it still has to act. */
	void deadlineAlarm(long id, boolean overdue) {
		RectificationStore.Row r = store.lock(id).orElse(null);
		if (r == null || r.state() != State.OPEN) {
			return;
		}
		Instant now = clock.instant();
		if (!overdue) {
			notices.deadlineNear(r, now);
			return;
		}
		journal.append(new Journal.Step(LOOP, id, "overdue", "整改超期", SYSTEM, r.unitCode(), "整改期限 " + r.due() + " 已过，未报告整改完成", now));
		Supervisions.Supervision s = supervisions.issue(new Supervisions.Order(LOOP, id, number(r), link(id), r.unitCode(),
				rules.overdueLevel().get(r.severity()), "整改逾期：" + r.place() + "，" + r.problem() + "（期限 " + r.due()
						+ "）。请立即整改并报告",
				null), SYSTEM, now);
		journal.append(new Journal.Step(LOOP, id, "supervise", s.levelLabel(), SYSTEM, r.unitCode(), s.note(), now));
	}

	/** A 督办 of the item climbed a level: the timeline says so (the kit keeps the 督办 itself). */
	void escalating(Supervisions.Supervision unanswered, String nextLabel, String note) {
		RectificationStore.Row r = store.lock(unanswered.itemId()).orElse(null);
		if (r == null || nextLabel == null) {
			return;
		}
		journal.append(new Journal.Step(LOOP, r.id(), "supervise", nextLabel, SYSTEM, r.unitCode(), note, clock.instant()));
	}
}
