package org.zhili.inspection.internal.plans;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.NewTask;
import org.zhili.inspection.Subjects;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/** Plans and tasks in {@code inspection.plan} and {@code inspection.task}. */
@Repository
class PlanStore {

	private static final String TASK_COLUMNS = """
			t.id, t.plan_id, p.year, t.name, t.lead_department, t.joint_departments, t.matter_ids, t.filter_industries,
			t.filter_streets, t.filter_tags, t.ratio_a, t.ratio_b, t.ratio_c, t.ratio_d, t.inspectors_per_subject,
			t.risk_step, t.risk_cap, t.period_start, t.period_end
			from inspection.task t join inspection.plan p on p.id = t.plan_id""";

	private final JdbcClient jdbc;
	private final OrgUnits units;

	PlanStore(JdbcClient jdbc, OrgUnits units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	long insertPlan(int year, String departmentCode, String name, Instant at, String by) {
		return jdbc.sql("""
				insert into inspection.plan (year, department_code, name, created_at, created_by)
				values (:year, :dept, :name, :at, :by)
				on conflict (year, department_code, name) do nothing returning id""")
			.param("year", year).param("dept", departmentCode).param("name", name)
			.param("at", Timestamp.from(at)).param("by", by)
			.query(Long.class).optional().orElse(-1L);
	}

	boolean none() {
		return jdbc.sql("select not exists (select 1 from inspection.plan)").query(Boolean.class).single();
	}

	Optional<InspectionPlan> plan(long id) {
		return jdbc.sql("select * from inspection.plan where id = :id").param("id", id).query(this::planOf).optional();
	}

	/** Plans of a year, of one department or (when {@code null}) all. */
	List<InspectionPlan> plans(Integer year, String departmentCode) {
		return jdbc.sql("""
				select * from inspection.plan
				where (cast(:year as int) is null or year = :year) and (cast(:dept as varchar) is null or department_code = :dept)
				order by year desc, department_code, id""")
			.param("year", year).param("dept", departmentCode).query(this::planOf).list();
	}

	long insertTask(long planId, NewTask t, Instant at, String by) {
		return jdbc.sql("""
				insert into inspection.task (plan_id, name, lead_department, joint_departments, matter_ids,
				  filter_industries, filter_streets, filter_tags, ratio_a, ratio_b, ratio_c, ratio_d,
				  inspectors_per_subject, risk_step, risk_cap, period_start, period_end, created_at, created_by)
				values (:plan, :name, :lead, :joint, :matters, :industries, :streets, :tags, :a, :b, :c, :d,
				  :per, :step, :cap, :start, :end, :at, :by) returning id""")
			.param("plan", planId).param("name", t.name()).param("lead", t.leadDepartment())
			.param("joint", t.jointDepartments().toArray(String[]::new))
			.param("matters", t.matterIds().toArray(Long[]::new))
			.param("industries", t.industries().toArray(String[]::new))
			.param("streets", t.streetCodes().toArray(String[]::new))
			.param("tags", t.tags().toArray(String[]::new))
			.param("a", t.ratios().get(CreditClass.A)).param("b", t.ratios().get(CreditClass.B))
			.param("c", t.ratios().get(CreditClass.C)).param("d", t.ratios().get(CreditClass.D))
			.param("per", t.inspectorsPerSubject()).param("step", t.riskStep()).param("cap", t.riskCap())
			.param("start", t.periodStart()).param("end", t.periodEnd())
			.param("at", Timestamp.from(at)).param("by", by)
			.query(Long.class).single();
	}

	Optional<InspectionTask> task(long id) {
		return jdbc.sql("select " + TASK_COLUMNS + " where t.id = :id").param("id", id).query(PlanStore::task).optional();
	}

	List<InspectionTask> tasks(long planId) {
		return jdbc.sql("select " + TASK_COLUMNS + " where t.plan_id = :plan order by t.id").param("plan", planId)
			.query(PlanStore::task).list();
	}

	/** Tasks a department leads or joins, of a year (all departments when {@code null}). */
	List<InspectionTask> tasksOf(int year, String departmentCode) {
		return jdbc.sql("select " + TASK_COLUMNS + """
				 where p.year = :year and (cast(:dept as varchar) is null or t.lead_department = :dept
				   or :dept = any (t.joint_departments))
				order by t.id""")
			.param("year", year).param("dept", departmentCode).query(PlanStore::task).list();
	}

	private InspectionPlan planOf(ResultSet rs, int n) throws SQLException {
		String dept = rs.getString("department_code");
		return new InspectionPlan(rs.getLong("id"), rs.getInt("year"), dept,
				units.find(dept).map(OrgUnit::name).orElse(dept), rs.getString("name"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

	private static InspectionTask task(ResultSet rs, int n) throws SQLException {
		Map<CreditClass, BigDecimal> ratios = new EnumMap<>(CreditClass.class);
		ratios.put(CreditClass.A, rs.getBigDecimal("ratio_a").stripTrailingZeros());
		ratios.put(CreditClass.B, rs.getBigDecimal("ratio_b").stripTrailingZeros());
		ratios.put(CreditClass.C, rs.getBigDecimal("ratio_c").stripTrailingZeros());
		ratios.put(CreditClass.D, rs.getBigDecimal("ratio_d").stripTrailingZeros());
		Subjects.Filter filter = new Subjects.Filter(strings(rs.getArray("filter_industries")),
				strings(rs.getArray("filter_streets")), strings(rs.getArray("filter_tags")), EnumSet.noneOf(CreditClass.class), null);
		return new InspectionTask(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("year"), rs.getString("name"),
				rs.getString("lead_department"), strings(rs.getArray("joint_departments")),
				Arrays.stream((Long[]) rs.getArray("matter_ids").getArray()).toList(), filter, ratios,
				rs.getInt("inspectors_per_subject"), rs.getInt("risk_step"), rs.getInt("risk_cap"),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}
}
