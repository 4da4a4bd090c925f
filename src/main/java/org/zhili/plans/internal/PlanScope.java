package org.zhili.plans.internal;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/**
 * Who sees what of plans and suggestions. A unit account sees the tasks and suggestions its unit (or a unit below
 * it) leads or helps with; district-wide accounts see everything. Lists filter in SQL with {@link Units}: the
 * codes of the units in the account's scope among those the plans and suggestions name, matched against a row's
 * {@code lead_unit} and {@code co_units}.
 */
@Component
public class PlanScope {

	/**
	 * The units whose tasks and suggestions an account sees: all, or those with these codes.
	 *
	 * @param all whether the account sees every row (a district-wide scope)
	 * @param codes the units in the account's scope that lead or help with something, when not {@code all}
	 */
	public record Units(boolean all, List<String> codes) {

		public static final Units NONE = new Units(false, List.of());

		/** Every unit's rows: a district-wide account's, and what the public may read of a public plan. */
		public static final Units ALL = new Units(true, List.of());

		/**
		 * The SQL condition that a row with {@code lead_unit} and {@code co_units} is seen; binds {@code :allUnits}
		 * and {@code :units} ({@link #params()}).
		 *
		 * @param alias the table's alias with its dot ({@code "t."}), or {@code ""}
		 */
		public static String condition(String alias) {
			return "(cast(:allUnits as boolean) or " + alias + "lead_unit = any(string_to_array(:units, ',')) or "
					+ alias + "co_units && string_to_array(:units, ','))";
		}

		public Map<String, Object> params() {
			return Map.of("allUnits", all, "units", String.join(",", codes));
		}
	}

	private final JdbcClient jdbc;
	private final OrgUnits units;

	PlanScope(JdbcClient jdbc, OrgUnits units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** Whether the actor sees every plan (a district-wide scope). */
	public boolean seesAll(Actor actor) {
		return actor.scope().covers(units.district().path());
	}

	/** Whether the unit with this code is inside the actor's scope. */
	public boolean covers(Actor actor, String unitCode) {
		return units.find(unitCode).map(u -> actor.scope().covers(u.path())).orElse(false);
	}

	/** What the actor sees, for a list's {@code where} clause. */
	public Units units(Actor actor) {
		if (seesAll(actor)) {
			return Units.ALL;
		}
		List<String> named = jdbc.sql("""
				select lead_unit from plans.task where lead_unit is not null
				union select unnest(co_units) from plans.task
				union select lead_unit from plans.suggestion where lead_unit is not null
				union select unnest(co_units) from plans.suggestion""").query(String.class).list();
		return new Units(false, named.stream().filter(code -> covers(actor, code)).sorted().toList());
	}

	/** A unit's short name, or its code when it is not (or no longer) in the directory. */
	public String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::shortName).orElse(code);
	}
}
