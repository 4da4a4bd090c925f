/**
 * 双随机、一公开 and 隐患排查整治: the libraries (检查对象名录库, 执法检查人员名录库, 随机抽查事项清单), yearly inspection
 * plans and their tasks, the random draw anyone can verify (commit–reveal), inspections recorded on site with the
 * whole-process record, 法制审核 of major decisions, results public within 20 working days, credit classes that
 * follow the findings, and hazard campaigns whose every hazard ends fixed and re-checked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection",
		allowedDependencies = { "calendar", "cases", "identity", "opendata", "org", "platform", "process" })
package org.zhili.inspection;
