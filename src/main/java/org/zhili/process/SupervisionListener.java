package org.zhili.process;

import org.zhili.identity.Actor;

/** What a loop does when one of its 督办 climbs a level, and who besides the unit may answer one. */
public interface SupervisionListener {

	String loop();

	/**
	 * A 督办 went unanswered past its deadline and is about to be replaced by one at level {@code next} with
	 * {@code note} ({@code next} is {@code null}: it is at the top of the ladder and stays open). Called in the
	 * alarm's transaction before the kit writes, so that the loop locks its item first, as its own steps do;
	 * throwing rolls back and the alarm goes off again later.
	 */
	void escalating(Supervisions.Supervision unanswered, SupervisionLevel next, String note);

	/** Whether {@code actor} may answer for the 督办's unit, besides the unit's own people. */
	default boolean mayAnswer(Actor actor, Supervisions.Supervision supervision) {
		return false;
	}
}
