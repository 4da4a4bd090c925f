package org.zhili.disputes.internal;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.disputes.Disputes;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;

/** A centre's overdue 督办 climbs the kit's ladder when unanswered; the dispute's timeline records it. */
@Component
class DisputeSupervision implements SupervisionListener {

	private final DisputeAlarms alarms;
	private final Supervisions supervisions;

	DisputeSupervision(@Lazy DisputeAlarms alarms, @Lazy Supervisions supervisions) {
		this.alarms = alarms;
		this.supervisions = supervisions;
	}

	@Override
	public String loop() {
		return Disputes.LOOP;
	}

	@Override
	public void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note) {
		alarms.escalating(unanswered, next == null ? null : supervisions.label(loop(), next), note);
	}
}
