package org.zhili.inspection.internal.plans;

import java.time.Instant;

/** A department's yearly 双随机抽查计划. */
public record InspectionPlan(long id, int year, String departmentCode, String departmentName, String name,
		Instant createdAt, String createdBy) {
}
