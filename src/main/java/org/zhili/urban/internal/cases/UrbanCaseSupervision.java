package org.zhili.urban.internal.cases;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.SupervisionListener;
import org.zhili.process.Supervisions;
import org.zhili.urban.UrbanCases;

/** An urban case's 督办 climbs the kit's ladder when unanswered; the 值班长 may answer for the centre. */
@Component
class UrbanCaseSupervision implements SupervisionListener {

	private final UrbanCaseAlarms alarms;
	private final Supervisions supervisions;
	private final UrbanCaseRules rules;

	UrbanCaseSupervision(@Lazy UrbanCaseAlarms alarms, @Lazy Supervisions supervisions, UrbanCaseRules rules) {
		this.alarms = alarms;
		this.supervisions = supervisions;
		this.rules = rules;
	}

	@Override
	public String loop() {
		return UrbanCases.LOOP;
	}

	@Override
	public void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note) {
		alarms.escalating(unanswered, next == null ? null : supervisions.label(loop(), next), note);
	}

	@Override
	public boolean mayAnswer(Actor actor, Supervisions.Supervision supervision) {
		return rules.centre().equals(supervision.unitCode()) && actor.has(Permission.URBAN_REGISTER);
	}
}
