package org.zhili.inspection.internal.rectification;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.inspection.Rectifications;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;

/** Rectifications on the kit's 督办: the 挂牌督办 and overdue 督办 climb the kit's ladder; the timeline records it. */
@Component
class RectificationSupervision implements SupervisionListener {

	private final RectificationAlarms alarms;
	private final Supervisions supervisions;

	RectificationSupervision(@Lazy RectificationAlarms alarms, @Lazy Supervisions supervisions) {
		this.alarms = alarms;
		this.supervisions = supervisions;
	}

	@Override
	public String loop() {
		return Rectifications.LOOP;
	}

	@Override
	public void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note) {
		alarms.escalating(unanswered, next == null ? null : supervisions.label(loop(), next), note);
	}
}
