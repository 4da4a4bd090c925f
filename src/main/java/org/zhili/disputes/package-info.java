/**
 * 矛盾纠纷 mediation at the district and street centres (区街两级矛调中心): disputes with their parties, type, amount
 * and risk, mediators and sessions with minutes, the outcome (an agreement, or a referral to court, arbitration or
 * 信访), follow-up on the agreement's performance, and 调处成功率 by centre and type.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disputes",
		allowedDependencies = { "calendar", "cases", "identity", "org", "petitions", "platform", "process" })
package org.zhili.disputes;
