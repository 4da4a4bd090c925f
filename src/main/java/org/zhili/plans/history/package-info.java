/**
 * Importing the history of plans: a document read and published with the units someone assigns, then its past —
 * progress reports, milestones met, 督办, actual values, the year's suggestions and proposals — recorded at past
 * instants. What the demo uses to track its two plans over the year, and what a district would use to bring over
 * a year of supervision from an older system.
 */
@org.springframework.modulith.NamedInterface("history")
package org.zhili.plans.history;
