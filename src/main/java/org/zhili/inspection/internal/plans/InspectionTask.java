package org.zhili.inspection.internal.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects;

/**
 * A task of a yearly 抽查计划: which matters, which departments (a joint task has more than one: 进一次门、查多项事),
 * which subjects it draws from, at which ratio per credit class, how many inspectors per subject, in which period.
 *
 * @param riskStep percent a complaint adds to a subject's weight; {@code riskCap} the highest weight
 */
public record InspectionTask(long id, long planId, int year, String name, String leadDepartment,
		List<String> jointDepartments, List<Long> matterIds, Subjects.Filter filter, Map<CreditClass, BigDecimal> ratios,
		int inspectorsPerSubject, int riskStep, int riskCap, LocalDate periodStart, LocalDate periodEnd) {

	public boolean joint() {
		return !jointDepartments.isEmpty();
	}

	/** The departments taking part, lead first. */
	public List<String> departments() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(leadDepartment), jointDepartments.stream()).toList();
	}

	/**
	 * The seats of each subject's inspection by department: the lead department fills the rest after one inspector
	 * from each joint department, so that every department takes part and the inspection has its full number.
	 */
	public Map<String, Integer> seats() {
		Map<String, Integer> seats = new java.util.TreeMap<>();
		jointDepartments.forEach(d -> seats.put(d, 1));
		seats.put(leadDepartment, Math.max(1, inspectorsPerSubject - jointDepartments.size()));
		return seats;
	}

	public boolean involves(String departmentCode) {
		return departments().contains(departmentCode);
	}
}
