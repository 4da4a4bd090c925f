/**
 * 包联企业: district officials paired with enterprises (by 统一社会信用代码), their visits (走访), and the enterprise's
 * requests routed to the paired official's unit before anyone else routes them; the enterprise's page keeps the
 * pairing's record. A problem raised on a visit becomes an enterprise request through the cases API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises",
		allowedDependencies = { "cases", "identity", "org", "platform", "process" })
package org.zhili.enterprises;
