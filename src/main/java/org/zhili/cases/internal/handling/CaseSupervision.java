package org.zhili.cases.internal.handling;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;

/** The cases loop on the kit's 督办: a case carries the highest level it was supervised at, escalations included. */
@Component
class CaseSupervision implements SupervisionListener {

	private final ActionService actions;

	CaseSupervision(@Lazy ActionService actions) {
		this.actions = actions;
	}

	@Override
	public String loop() {
		return CaseClocks.LOOP;
	}

	@Override
	public void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note) {
		if (next != null) {
			actions.supervisionEscalated(unanswered.itemId(), next, note);
		}
	}
}
