package org.zhili.plans.internal.tasks;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;

/** Plan tasks on the kit's 督办: a co-unit may answer for the task as the lead unit may; escalation is the kit's. */
@Component
class PlanTaskSupervision implements SupervisionListener {

	private final TaskWork work;

	PlanTaskSupervision(@Lazy TaskWork work) {
		this.work = work;
	}

	@Override
	public String loop() {
		return PlanClocks.LOOP;
	}

	@Override
	public void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note) {
		// A task keeps no level of its own: its 督办 are the kit's rows.
	}

	@Override
	public boolean mayAnswer(Actor actor, Supervisions.Supervision supervision) {
		return work.reportsFor(actor, supervision.itemId());
	}
}
