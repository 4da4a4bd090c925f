package org.zhili.inspection.internal.publication;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.inspection.internal.execution.InspectionViews;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;

/** The published results and what they can be filtered by: the departments and years that published any. */
@Component
class PublishedResults {

	static final int MOST = 1000;

	private final InspectionViews views;
	private final OrgUnits units;
	private final JdbcClient jdbc;

	PublishedResults(InspectionViews views, OrgUnits units, JdbcClient jdbc) {
		this.views = views;
		this.units = units;
		this.jdbc = jdbc;
	}

	/** @throws ApiProblem 400 for a limit out of range, a year out of range or an unknown department */
	List<PublicResult> list(String department, Integer year, int limit) {
		if (limit < 1 || limit > MOST) {
			throw ApiProblem.badInput("limit", "invalid_limit", "limit 须在1至" + MOST + "之间");
		}
		if (year != null && (year < 2000 || year > 2100)) {
			throw ApiProblem.badInput("year", "invalid_year", "年份须在2000至2100之间");
		}
		String dept = department == null || department.isBlank() ? null : department.strip();
		if (dept != null && units.find(dept).isEmpty()) {
			throw ApiProblem.badInput("department", "unknown_department", "没有这个部门：" + dept);
		}
		return views.published(dept, year, limit).stream().map(PublicResult::of).toList();
	}

	/** The departments that led a task, by name: who may have results to show. */
	List<OrgUnit> departments() {
		return jdbc.sql("select distinct lead_department from inspection.task").query(String.class).list().stream()
			.map(units::find).flatMap(java.util.Optional::stream)
			.sorted(java.util.Comparator.comparing(OrgUnit::name)).toList();
	}

	/** The plan years, newest first. */
	List<Integer> years() {
		return jdbc.sql("select distinct year from inspection.plan order by year desc").query(Integer.class).list();
	}
}
