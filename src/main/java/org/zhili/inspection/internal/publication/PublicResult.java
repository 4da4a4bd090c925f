package org.zhili.inspection.internal.publication;

import java.time.LocalDate;

import org.zhili.inspection.CreditClass;
import org.zhili.inspection.internal.execution.Inspection;
import org.zhili.platform.ChinaTime;

/**
 * A published result as everyone reads it (SS-5): whom, in which task, by which department, what was found, when
 * completed and when published — not who inspected nor the notes taken on site.
 */
public record PublicResult(long id, String subjectName, String creditCode, CreditClass creditClass, String taskName,
		String department, String departmentName, String result, String resultLabel, LocalDate completedOn,
		LocalDate publishedOn) {

	static PublicResult of(Inspection i) {
		return new PublicResult(i.id(), i.subjectName(), i.creditCode(), i.creditClass(), i.taskName(),
				i.leadDepartment(), i.leadDepartmentName(), i.result() == null ? null : i.result().name(), i.resultLabel(),
				i.completedAt() == null ? null : LocalDate.ofInstant(i.completedAt(), ChinaTime.ZONE),
				i.publishedAt() == null ? null : LocalDate.ofInstant(i.publishedAt(), ChinaTime.ZONE));
	}
}
