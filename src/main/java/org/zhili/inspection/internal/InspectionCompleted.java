package org.zhili.inspection.internal;

import java.time.Instant;

/**
 * An inspection's result became final (confirmed, and reviewed where it is a major decision): what follows from
 * it — the subject's credit, a rectification — listens in the same transaction.
 *
 * @param reference what people see of the inspection; {@code link} its page
 * @param department the lead department, which sees to the follow-up
 */
public record InspectionCompleted(long inspectionId, String reference, String link, long subjectId, Result result,
		String findings, String department, Instant at, String by) {
}
