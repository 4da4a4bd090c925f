/**
 * 信访 under the 信访工作条例 (2022): registration from every channel (visits with their representatives, letters,
 * online, transfers from 12345 and from higher levels), classification and routing to the statutory channel, the
 * legal clocks (15 days to register, 60 to handle, 30 + 30 for each review) on the working-day calendar, the
 * 信访处理意见书, the petitioner's rating, 领导包案, 积案 campaigns and the yearly report — with the identity and
 * material of a 检举控告 kept from whoever it accuses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions",
		allowedDependencies = { "calendar", "cases", "identity", "org", "platform", "process" })
package org.zhili.petitions;
