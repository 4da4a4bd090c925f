/**
 * 城市大脑 for the district's leaders, read from every loop through their APIs: 每月一题 topics (a recurring problem
 * chosen from the hot categories, tracked from then on and measured against a baseline and against comparable
 * categories) and the monthly list of the weakest streets and departments (后进), which feeds 约谈 through 督办.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
		allowedDependencies = { "calendar", "cases", "identity", "opendata", "org", "platform", "process" })
package org.zhili.insight;
