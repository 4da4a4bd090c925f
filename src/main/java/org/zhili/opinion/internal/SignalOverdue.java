package org.zhili.opinion.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.Deadline;
import org.zhili.opinion.Signals;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Inbox;
import org.zhili.process.Journal;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions;

/** What a signal's clock does when time runs short or out: tells, then 督办 who must act. */
@Component
class SignalOverdue {

	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ChinaTime.ZONE);

	private final SignalStore store;
	private final Supervisions supervisions;
	private final Inbox inbox;
	private final Journal journal;
	private final OpinionProperties properties;
	private final Clock clock;

	SignalOverdue(SignalStore store, Supervisions supervisions, Inbox inbox, Journal journal,
			OpinionProperties properties, Clock clock) {
		this.store = store;
		this.supervisions = supervisions;
		this.inbox = inbox;
		this.journal = journal;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	void alarm(long id, String clockName, boolean due, Deadline deadline) {
		SignalStore.Row r = store.lock(id).orElse(null);
		SignalWorkflow.State waiting = SignalWorkflow.TRIAGE_CLOCK.equals(clockName) ? SignalWorkflow.State.NEW
				: SignalWorkflow.State.VERIFYING;
		if (r == null || r.state() != waiting) {
			return;
		}
		Instant now = clock.instant();
		String unit = waiting == SignalWorkflow.State.NEW ? properties.office() : r.verifyUnit();
		String what = SignalClocks.clockLabel(clockName);
		String dueText = TIME.format(deadline.due());
		if (!due) {
			inbox.post(new Inbox.Message(Signals.LOOP, id, r.ref(), SignalSteps.page(id), unit, "DUE_SOON", "即将超时",
					"舆情“" + r.title() + "”须于 " + dueText + " 前完成" + what, now, "signal-warn-" + id + "-" + clockName));
			return;
		}
		journal.append(SignalClocks.step(id, "overdue", what + "超时", unit, what + "时限 " + dueText + " 已过", now));
		Supervisions.Supervision s = supervisions.issue(new Supervisions.Order(Signals.LOOP, id, r.ref() + " " + r.title(),
				SignalSteps.page(id), unit, SupervisionLevel.URGE,
				"舆情" + what + "超时：“" + r.title() + "”（时限 " + dueText + "），请立即" + what + "并回复", properties.supervisionReply()),
				"system", now);
		journal.append(SignalClocks.step(id, "supervise", s.levelLabel(), unit, s.note(), now));
	}

	/** A 督办 of the signal climbed a level: the timeline says so (the kit keeps the 督办 itself). */
	@Transactional
	void escalating(Supervisions.Supervision unanswered, String nextLabel, String note) {
		if (store.lock(unanswered.itemId()).isPresent()) {
			journal.append(SignalClocks.step(unanswered.itemId(), "supervise", nextLabel, unanswered.unitCode(), note,
					clock.instant()));
		}
	}
}
