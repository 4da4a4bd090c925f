package org.zhili.inspection.internal.rectification;

import org.zhili.identity.Actor;

/**
 * What a loop that opens rectifications says about who follows them through: a hazard campaign's team members see
 * and re-check the rectifications of the hazards they found, wherever their own unit is.
 */
public interface RectificationSources {

	/** The source loop ({@link org.zhili.inspection.Rectifications.Order#sourceLoop()}). */
	String loop();

	/** Whether the actor follows the rectifications of this source item through. */
	boolean oversees(Actor actor, long sourceId);
}
