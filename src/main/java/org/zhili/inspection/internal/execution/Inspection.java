package org.zhili.inspection.internal.execution;

import org.zhili.inspection.internal.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhili.inspection.CreditClass;

/**
 * One drawn subject's inspection as its readers see it.
 *
 * @param inspectors the seated inspectors, in seat order
 * @param checklist the matters' check items with what was found at each
 * @param majorDecision whether the result is a 重大执法决定 that needs 法制审核 before it is issued
 * @param publishDue the last day to publish the result, once completed
 * @param allowedActions what the reader may do now
 */
public record Inspection(long id, long taskId, String taskName, String leadDepartment, String leadDepartmentName,
		long drawId, long subjectId, String subjectName, String creditCode, CreditClass creditClass, String address,
		String streetName, int pickOrder, List<Seat> inspectors, InspectionWorkflow.State state, String stateLabel,
		Result result, String resultLabel, String findings, List<Check> checklist, boolean majorDecision,
		String recordedBy, Instant recordedAt, String confirmedBy, Instant completedAt, String legalOpinion,
		LocalDate publishDue, Instant publishedAt, boolean publishOverdue, List<String> allowedActions) {

	/** A seated inspector; {@code username} the account they sign in with, or {@code null}. */
	public record Seat(long inspectorId, String name, String departmentName, String licenceNumber, String username) {
	}

	/** The seated inspectors' user names, in seat order. */
	public List<String> inspectorUsernames() {
		return inspectors.stream().map(Seat::username).toList();
	}

	/** One check item and what was found. */
	public record Check(String item, boolean ok, String note) {
	}
}
