package org.zhili.disputes.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.process.Journal;
import org.zhili.process.Supervisions;

/**
 * What befalls a dispute nobody moves on: the mediation limit warns the centre and, once run out, 督办 it; the
 * performance deadline reminds the centre to follow up (履行回访). Each shows on the timeline.
 */
@Component
@Transactional
public class DisputeAlarms {

	private static final String SYSTEM = "system";

	private final DisputeStore store;
	private final DisputeRules rules;
	private final DisputeNotices notices;
	private final Supervisions supervisions;
	private final Journal journal;
	private final Clock clock;

	DisputeAlarms(DisputeStore store, DisputeRules rules, DisputeNotices notices, Supervisions supervisions,
			Journal journal, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.notices = notices;
		this.supervisions = supervisions;
		this.journal = journal;
		this.clock = clock;
	}

	void mediationAlarm(long id, boolean overdue, Instant due) {
		DisputeStore.Row r = store.lock(id).orElse(null);
		if (r == null || r.state() != State.MEDIATING) {
			return;
		}
		Instant now = clock.instant();
		String limit = rules.mediationLimit().toString().replace("d", "天");
		if (!overdue) {
			notices.tell(r, r.centreCode(), "DEADLINE", "调解临期", "调解期限（" + limit + "）将至：" + r.title(), now,
					"dispute-warn-" + id + "-" + due);
			return;
		}
		journal.append(new Journal.Step(Disputes.LOOP, id, "overdue", "调解超期", SYSTEM, r.centreCode(),
				"受理后 " + limit + " 仍未调处完毕", now));
		Supervisions.Supervision s = supervisions.issue(new Supervisions.Order(Disputes.LOOP, id, r.reference(),
				DisputeViews.link(id), r.centreCode(), rules.overdueLevel(),
				"纠纷调解超期：" + r.title() + "。请抓紧调处，或依法终止调解并告知当事人其他解决途径", null), SYSTEM, now);
		journal.append(new Journal.Step(Disputes.LOOP, id, "supervise", s.levelLabel(), SYSTEM, r.centreCode(), s.note(), now));
	}

	void performanceAlarm(long id, boolean due) {
		DisputeStore.Row r = store.lock(id).orElse(null);
		if (r == null || r.state() != State.PERFORMING) {
			return;
		}
		Instant now = clock.instant();
		if (!due) {
			notices.tell(r, r.centreCode(), "FOLLOW_UP", "履行回访", "调解协议履行期限 " + r.performanceDue() + " 将至，请准备回访：" + r.title(),
					now, "dispute-perf-warn-" + id + "-" + r.performanceDue());
			return;
		}
		notices.tell(r, r.centreCode(), "FOLLOW_UP", "履行回访", "调解协议履行期限 " + r.performanceDue() + " 已到，请回访当事人履行情况：" + r.title(),
				now, "dispute-perf-due-" + id + "-" + r.performanceDue());
		journal.append(new Journal.Step(Disputes.LOOP, id, "follow-up-due", "履行期限届满", SYSTEM, r.centreCode(),
				"履行期限 " + r.performanceDue() + " 已到，待回访", now));
	}

	/** A 督办 of the dispute climbed a level: the timeline says so (the kit keeps the 督办 itself). */
	void escalating(Supervisions.Supervision unanswered, String nextLabel, String note) {
		DisputeStore.Row r = store.lock(unanswered.itemId()).orElse(null);
		if (r == null || nextLabel == null) {
			return;
		}
		journal.append(new Journal.Step(Disputes.LOOP, r.id(), "supervise", nextLabel, SYSTEM, r.centreCode(), note,
				clock.instant()));
	}
}
