/**
 * The process kit every governance loop is declared on: a loop's states, actions and parties as one
 * {@link org.zhili.process.Workflow} table, one inbox for every unit's messages, and one set of 督办 levels.
 * A loop module declares what differs; how it is checked, posted and escalated is written here once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process",
		allowedDependencies = { "calendar", "identity", "org", "platform" })
package org.zhili.process;
