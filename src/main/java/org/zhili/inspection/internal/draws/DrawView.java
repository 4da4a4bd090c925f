package org.zhili.inspection.internal.draws;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.zhili.inspection.CreditClass;

/**
 * A draw as published: before the draw only the commitments; after it the revealed seed, each class's population
 * and picks, every pick's weight and why, the seated inspectors and the withdrawals the rules made.
 */
public record DrawView(long id, long taskId, String taskName, String department, String departmentName,
		List<String> jointDepartmentNames, String state, String stateLabel, String algorithm, String commitment,
		String inputsHash, String seed, Instant committedAt, Instant drawnAt, Long redrawOf, String redrawReason,
		Map<CreditClass, Class> classes, List<Pick> picks, int withdrawals, List<String> unstaffed) {

	/** A class's ratio, population and how many were drawn. */
	public record Class(String ratio, int population, int drawn) {
	}

	public record Pick(int order, String creditCode, String subjectName, CreditClass creditClass, int weight,
			String weightReason, List<String> inspectors) {
	}
}
