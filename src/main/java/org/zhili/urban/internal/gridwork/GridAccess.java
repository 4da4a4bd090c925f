package org.zhili.urban.internal.gridwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.identity.Role;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * The grid's chain of command, the only readers of its 九全 ledger: the grid workers on its roster today, and accounts
 * holding {@link Permission#GRID_LEDGER_VIEW} whose data scope covers the grid (its community, its street, the
 * district). A grid worker sees only the grids they work, even when their account is scoped to the whole community:
 * the worker of the next grid is not in this grid's chain.
 */
@Component
public class GridAccess {

	private final OrgUnits units;
	private final JdbcClient jdbc;
	private final Clock clock;

	GridAccess(OrgUnits units, JdbcClient jdbc, Clock clock) {
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	/** The grid of that code; a 400 naming the field when there is none. */
	OrgUnit grid(String field, String code) {
		if (code == null || code.isBlank()) {
			throw ApiProblem.badInput(field, "required", "请填写网格代码（15 位）");
		}
		return units.find(code.strip())
			.filter(u -> u.level() == UnitLevel.GRID)
			.orElseThrow(() -> ApiProblem.badInput(field, "unknown_grid", "网格 " + code.strip() + " 不存在"));
	}

	/** The grid's name, or the code where it is unknown. */
	String name(String code) {
		return units.find(code).map(OrgUnit::shortName).orElse(code);
	}

	/** Whether the actor works the grid today (is on its roster). */
	boolean works(Actor actor, String gridCode) {
		return jdbc.sql("""
				select exists (select 1 from urban.grid_roster where username = :who and grid_code = :grid
				  and starts_on <= :today and (ends_on is null or ends_on >= :today))""")
			.param("who", actor.username())
			.param("grid", gridCode)
			.param("today", today())
			.query(Boolean.class)
			.single();
	}

	/** Whether the actor is in the grid's chain of command (may read its ledger and visits). */
	boolean reads(Actor actor, OrgUnit grid) {
		if (!actor.has(Permission.GRID_LEDGER_VIEW)) {
			return false;
		}
		if (actor.hasRole(Role.GRID_WORKER)) {
			return works(actor, grid.code());
		}
		return actor.scope().covers(grid.path());
	}

	/** The actor may read the grid's ledger; a 403 otherwise. */
	void requireRead(Actor actor, OrgUnit grid) {
		if (!reads(actor, grid)) {
			throw ApiProblem.forbidden("not_in_chain", grid.shortName() + "不在您负责的网格范围内");
		}
	}

	/** The actor may plan and record visits on the grid: {@link Permission#GRID_VISIT} and in the grid's chain. */
	void requireVisit(Actor actor, OrgUnit grid) {
		if (!actor.has(Permission.GRID_VISIT) || !reads(actor, grid)) {
			throw ApiProblem.forbidden("not_in_chain", "您不能在" + grid.shortName() + "走访：只有该网格的网格员可以记录走访");
		}
	}

	/**
	 * The actor may change the grid's roster: the grid's chain above the grid workers (community, street, district
	 * accounts with {@link Permission#GRID_LEDGER_VIEW}); a grid worker does not assign grids.
	 */
	void requireRosterManager(Actor actor, OrgUnit grid) {
		if (!managesRoster(actor, grid)) {
			throw ApiProblem.forbidden("not_in_chain", "只有" + grid.shortName() + "所在社区、街道或区级的管理人员可以调整网格员");
		}
	}

	boolean managesRoster(Actor actor, OrgUnit grid) {
		return actor.has(Permission.GRID_LEDGER_VIEW) && !actor.hasRole(Role.GRID_WORKER) && actor.scope().covers(grid.path());
	}

	/**
	 * The SQL condition (on a table's {@code grid_code} and {@code grid_path}) that keeps the rows of the grids the
	 * actor may read, with its parameters.
	 */
	Condition visible(Actor actor) {
		if (!actor.has(Permission.GRID_LEDGER_VIEW)) {
			return new Condition("false", Map.of());
		}
		if (actor.hasRole(Role.GRID_WORKER)) {
			return new Condition("""
					grid_code in (select r.grid_code from urban.grid_roster r where r.username = :visibleTo
					  and r.starts_on <= :visibleOn and (r.ends_on is null or r.ends_on >= :visibleOn))""",
					Map.of("visibleTo", actor.username(), "visibleOn", today()));
		}
		return new Condition("grid_path like :visiblePath", Map.of("visiblePath", actor.scope().pathPattern()));
	}

	/** A SQL condition with its named parameters. */
	record Condition(String sql, Map<String, Object> params) {
	}
}
