/**
 * 督查督办: plans (工作要点, 政府工作报告重点工作, 民心工程) with their sections, numbered tasks, milestones and
 * quantitative targets; progress reports of the lead units, reminders and 督办 on the working-day calendar;
 * reading a plan or report document into a draft plan; and the year-end review drawn from live data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans",
		allowedDependencies = { "calendar", "cases", "identity", "opendata", "org", "platform", "process" })
package org.zhili.plans;
