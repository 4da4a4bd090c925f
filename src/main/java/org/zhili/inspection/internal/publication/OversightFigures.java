package org.zhili.inspection.internal.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.inspection.CreditClass;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/**
 * What the supervision office reads of a year of 双随机抽查: how much of each credit class was inspected, whether
 * departments publish on time (SS-5), and the rectifications inspections opened that are still open, by street.
 */
@Component
class OversightFigures {

	/**
	 * A credit class this year: its subjects in the library, those drawn and those whose inspection was completed.
	 *
	 * @param coverage inspected / population in percent, or {@code null} for an empty class
	 */
	record ClassCoverage(CreditClass creditClass, int population, int drawn, int inspected, BigDecimal coverage) {
	}

	/**
	 * A department's publication this year.
	 *
	 * @param onTime published on or before the due day; {@code onTimeRate} of the completed, or {@code null} for none
	 * @param waiting completed and not published yet, {@code overdue} of them past the due day
	 */
	record DepartmentPublication(String departmentCode, String departmentName, int completed, int published, int onTime,
			int waiting, int overdue, BigDecimal onTimeRate) {
	}

	/** Rectifications inspections opened in a street, not yet closed (销号), and those past their deadline. */
	record StreetRectifications(String streetCode, String streetName, int open, int overdue) {
	}

	private final JdbcClient jdbc;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final Clock clock;

	OversightFigures(JdbcClient jdbc, OrgUnits units, WorkingCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The district's today, on the application's clock. */
	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), calendar.zone());
	}

	List<ClassCoverage> coverage(int year) {
		Map<CreditClass, ClassCoverage> byClass = new EnumMap<>(CreditClass.class);
		for (CreditClass c : CreditClass.values()) {
			byClass.put(c, new ClassCoverage(c, 0, 0, 0, null));
		}
		jdbc.sql("""
				with this_year as (
				  select i.subject_id, bool_or(i.completed_at is not null) as done
				  from inspection.inspection i join inspection.task t on t.id = i.task_id
				  join inspection.plan p on p.id = t.plan_id
				  where p.year = :year group by i.subject_id)
				select s.credit_class, count(*) as population, count(y.subject_id) as drawn,
				  count(*) filter (where y.done) as inspected
				from inspection.subject s left join this_year y on y.subject_id = s.id
				group by s.credit_class""")
			.param("year", year)
			.query((rs, n) -> {
				int population = rs.getInt("population");
				int inspected = rs.getInt("inspected");
				CreditClass c = CreditClass.valueOf(rs.getString("credit_class").strip());
				return new ClassCoverage(c, population, rs.getInt("drawn"), inspected, percent(inspected, population));
			})
			.list().forEach(c -> byClass.put(c.creditClass(), c));
		return List.copyOf(byClass.values());
	}

	List<DepartmentPublication> publication(int year) {
		LocalDate today = today();
		return jdbc.sql("""
				select t.lead_department,
				  count(*) filter (where i.completed_at is not null) as completed,
				  count(*) filter (where i.published_at is not null) as published,
				  count(*) filter (where i.published_at is not null
				    and cast(i.published_at at time zone :zone as date) <= i.publish_due) as on_time,
				  count(*) filter (where i.state = 'COMPLETED') as waiting,
				  count(*) filter (where i.state = 'COMPLETED' and i.publish_due < :today) as overdue
				from inspection.inspection i join inspection.task t on t.id = i.task_id
				join inspection.plan p on p.id = t.plan_id
				where p.year = :year
				group by t.lead_department order by t.lead_department""")
			.param("year", year).param("zone", calendar.zone().getId()).param("today", today)
			.query((rs, n) -> {
				String code = rs.getString("lead_department");
				int completed = rs.getInt("completed");
				int onTime = rs.getInt("on_time");
				return new DepartmentPublication(code, name(code), completed, rs.getInt("published"), onTime,
						rs.getInt("waiting"), rs.getInt("overdue"), percent(onTime, completed));
			})
			.list();
	}

	/** Every street, in its official order, with the rectifications inspections opened there still open. */
	List<StreetRectifications> rectificationsByStreet() {
		Map<String, int[]> counts = new java.util.HashMap<>();
		jdbc.sql("""
				select street_code, count(*) as open, count(*) filter (where due < :today) as overdue
				from inspection.rectification
				where source_loop = 'inspection' and state <> 'CLOSED' and street_code is not null
				group by street_code""")
			.param("today", today())
			.query((java.sql.ResultSet rs) -> {
				counts.put(rs.getString("street_code"), new int[] { rs.getInt("open"), rs.getInt("overdue") });
			});
		List<StreetRectifications> streets = new ArrayList<>();
		for (OrgUnit street : units.streets()) {
			int[] c = counts.getOrDefault(street.code(), new int[2]);
			streets.add(new StreetRectifications(street.code(), street.name(), c[0], c[1]));
		}
		return streets;
	}

	private String name(String code) {
		return units.find(code).map(OrgUnit::name).orElse(code);
	}

	static BigDecimal percent(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
