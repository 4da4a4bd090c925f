package org.zhili.opinion.internal;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.opinion.Signals;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;

/** Signals on the kit's 督办: an unanswered 催办 climbs the kit's ladder, and the signal's timeline says so. */
@Component
class SignalSupervision implements SupervisionListener {

	private final SignalOverdue overdue;
	private final Supervisions supervisions;

	SignalSupervision(@Lazy SignalOverdue overdue, @Lazy Supervisions supervisions) {
		this.overdue = overdue;
		this.supervisions = supervisions;
	}

	@Override
	public String loop() {
		return Signals.LOOP;
	}

	@Override
	public void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note) {
		if (next != null) {
			overdue.escalating(unanswered, supervisions.label(loop(), next), note);
		}
	}
}
