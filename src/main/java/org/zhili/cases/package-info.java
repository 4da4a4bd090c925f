/**
 * 接诉即办: the life of a resident's or enterprise's request from intake to closed — dispatch to the
 * accountable unit, acceptance, returns, whistles, handling, reply, review, follow-up call and the 三率 —
 * tracked against its deadlines on the official calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "calendar", "identity", "opendata", "org", "platform", "process" })
package org.zhili.cases;
