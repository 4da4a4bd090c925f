package org.zhili.urban.internal.gridwork;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;

/**
 * How well the grids were visited in a month: the share of the ledger's households visited at least once (走访覆盖率),
 * and the share of the visits planned for the month that were done by their date (按期走访率). Per grid, and summed
 * up to its community, street and the district; only over the grids the reader may see.
 */
@Service
public class GridCoverage {

	/**
	 * One unit's figures for the month.
	 *
	 * @param households the ledger's households (vacant homes left out)
	 * @param visited the households visited at least once in the month
	 * @param planned visits planned with a due date in the month up to today (not called off; those not yet due are
	 *     neither on time nor late)
	 * @param onTime of those, done by their due date
	 * @param visits visits done in the month
	 * @param problems visits done in the month that found a problem
	 * @param cases cases opened from visits done in the month
	 */
	public record Row(String code, String name, String level, int grids, int households, int visited, int planned,
			int onTime, int visits, int problems, int cases, Double coverage, Double onTimeRate) {

		/**
		 * @param v grids, households, visited, planned, on time, visits, problems, cases (the order of the components)
		 * @return the row with its coverage (visited / households) and on-time rate (on time / planned) in percent
		 */
		public static Row of(String code, String name, String level, int[] v) {
			return new Row(code, name, level, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], percent(v[2], v[1]),
					percent(v[4], v[3]));
		}

		private static Double percent(int part, int whole) {
			return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
		}
	}

	/** The month's figures of the units under {@code parent} (or the streets), and their total. */
	public record Report(YearMonth month, String parentCode, String parentName, String level, List<Row> rows, Row total) {
	}

	private final JdbcClient jdbc;
	private final GridAccess access;
	private final OrgUnits units;

	GridCoverage(JdbcClient jdbc, GridAccess access, OrgUnits units) {
		this.jdbc = jdbc;
		this.access = access;
		this.units = units;
	}

	/**
	 * @param parent a street (its communities), a community (its grids), a grid (itself), or {@code null} (the streets)
	 */
	public Report report(YearMonth month, String parent, Actor reader) {
		OrgUnit parentUnit = parent == null || parent.isBlank() ? units.district()
				: units.find(parent.strip()).filter(u -> u.level() != UnitLevel.DEPARTMENT)
					.orElseThrow(() -> ApiProblem.badInput("parent", "unknown_unit", "单位 " + parent.strip() + " 不存在"));
		boolean inChain = reader.scope().covers(parentUnit.path()) || reader.scope().isAncestorOrSelf(parentUnit.path())
				|| parentUnit.level() == UnitLevel.GRID && access.reads(reader, parentUnit);
		if (!inChain) {
			throw ApiProblem.forbidden("not_in_chain", parentUnit.shortName() + "不在您的管理范围内");
		}
		UnitLevel childLevel = switch (parentUnit.level()) {
			case DISTRICT -> UnitLevel.STREET;
			case STREET -> UnitLevel.COMMUNITY;
			default -> UnitLevel.GRID;
		};
		Map<String, int[]> byChild = new LinkedHashMap<>();
		int[] total = new int[8];
		for (GridFigures g : grids(month, parentUnit.path(), reader)) {
			String child = switch (childLevel) {
				case STREET -> g.grid().substring(0, 9) + "000";
				case COMMUNITY -> g.grid().substring(0, 12);
				default -> g.grid();
			};
			int[] sum = byChild.computeIfAbsent(child, c -> new int[8]);
			int[] values = { 1, g.households(), g.visited(), g.planned(), g.onTime(), g.visits(), g.problems(), g.cases() };
			for (int i = 0; i < values.length; i++) {
				sum[i] += values[i];
				total[i] += values[i];
			}
		}
		List<Row> rows = new ArrayList<>();
		byChild.forEach((code, v) -> rows.add(Row.of(code, units.find(code).map(OrgUnit::shortName).orElse(code),
				childLevel.name(), v)));
		return new Report(month, parentUnit.code(), parentUnit.shortName(), childLevel.name(), rows,
				Row.of(parentUnit.code(), parentUnit.shortName(), parentUnit.level().name(), total));
	}

	/** A grid's raw figures for the month. */
	record GridFigures(String grid, int households, int visited, int planned, int onTime, int visits, int problems,
			int cases) {
	}

	/** Every grid under the path that the reader may see and that has a ledger or visits, with its figures. */
	List<GridFigures> grids(YearMonth month, String underPath, Actor reader) {
		GridAccess.Condition visible = access.visible(reader);
		LocalDate first = month.atDay(1);
		LocalDate next = month.plusMonths(1).atDay(1);
		var spec = jdbc.sql("""
				with g as (
				  select grid_code, grid_path from urban.grid_household where tenure <> 'VACANT'
				  union select grid_code, grid_path from urban.grid_visit
				), visible as (
				  select distinct grid_code from g where grid_path like :under and (""" + visible.sql() + """
				)), done as (
				  select * from urban.grid_visit
				  where state = 'DONE' and visited_at >= (cast(:first as date) at time zone 'Asia/Shanghai')
				    and visited_at < (cast(:next as date) at time zone 'Asia/Shanghai')
				)
				select v.grid_code,
				  (select count(*) from urban.grid_household h where h.grid_code = v.grid_code and h.tenure <> 'VACANT') households,
				  (select count(distinct d.household_id) from done d join urban.grid_household h on h.id = d.household_id
				     where d.grid_code = v.grid_code and h.tenure <> 'VACANT') visited,
				  (select count(*) from urban.grid_visit p where p.grid_code = v.grid_code and p.planned_at is not null
				     and p.state <> 'CANCELLED' and p.due_on >= :first and p.due_on < :next and p.due_on <= :today) planned,
				  (select count(*) from urban.grid_visit p where p.grid_code = v.grid_code and p.planned_at is not null
				     and p.state = 'DONE' and p.due_on >= :first and p.due_on < :next and p.due_on <= :today
				     and (p.visited_at at time zone 'Asia/Shanghai')::date <= p.due_on) on_time,
				  (select count(*) from done d where d.grid_code = v.grid_code) visits,
				  (select count(*) from done d where d.grid_code = v.grid_code and d.problem) problems,
				  (select count(*) from done d where d.grid_code = v.grid_code and d.case_id is not null) cases
				from visible v order by v.grid_code""");
		for (var e : visible.params().entrySet()) {
			spec = spec.param(e.getKey(), e.getValue());
		}
		return spec.param("under", underPath + "%")
			.param("first", first)
			.param("next", next)
			.param("today", access.today())
			.query((rs, n) -> new GridFigures(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}
}
