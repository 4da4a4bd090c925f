/**
 * 数字城管 (digital urban management, GB/T 30428): the catalogue of component and event classes with their
 * conditions and limits, the inventory of 管理部件 with their 16-digit identifiers, the supervisors' loop from
 * 信息采集 to 结案 on the process kit, the monthly region, department and post evaluation — and the grid workers'
 * rosters, 九全 ledgers and visit logs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Urban management",
		allowedDependencies = { "calendar", "cases", "identity", "org", "platform", "process" })
package org.zhili.urban;
