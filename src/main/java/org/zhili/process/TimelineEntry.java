package org.zhili.process;

import java.time.Instant;

/**
 * One row of an item's timeline, in the shape every loop shares: what happened, when, by whom, for which unit,
 * why, and how its clock stood.
 *
 * @param action a stable code ({@code dispatch}, {@code assign}, {@code report}…); {@code actionLabel} what people read
 * @param actor the account, or {@code system} for timers and corrections
 * @param unitCode the unit the row concerns, or {@code null}; {@code unitName} its name
 * @param note the reason, the text given, or {@code null}
 * @param clockState the running deadline's light at that moment (正常, 临期, 超期), or {@code null}
 */
public record TimelineEntry(Instant at, String action, String actionLabel, String actor, String unitCode,
		String unitName, String note, String clockState) {
}
