package org.zhili.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.identity.Role;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;

/**
 * Who acts in the demo cases: the demo accounts where one fits (operator, dispatcher, supervisor, changhong,
 * gulou, chengguan, guangminglu), and for every other street, community and department a handler named
 * after its unit code ({@code h} or {@code g} and the street's or community's code) that has no account — as in a
 * district where most of the people who handled last half-year's cases do not demo this one.
 */
final class DemoActors {

	/** The demo accounts by the part of their unit's code after the district's code. */
	private static final Map<String, String> ACCOUNTS = Map.of("001000", "changhong", "002000", "gulou", "CGW",
			"chengguan", "001001", "guangminglu");

	private final OrgUnit district;
	private final Map<String, OrgUnit> units = new HashMap<>();
	private final List<String> streets = new ArrayList<>();
	private final List<String> departments = new ArrayList<>();
	private final Map<String, Actor> handlers = new HashMap<>();
	private final Actor operator;
	private final Actor dispatcher;
	private final Actor supervisor;
	private final Actor city;
	private final Actor enterprises;

	DemoActors(OrgUnits org) {
		district = org.district();
		for (OrgUnit street : org.streets()) {
			units.put(street.code(), street);
			streets.add(street.code());
		}
		for (OrgUnit department : org.departments()) {
			units.put(department.code(), department);
			if ("LINE_DEPARTMENT".equals(department.category())) {
				departments.add(department.code());
			}
		}
		operator = districtActor("operator", Role.OPERATOR);
		dispatcher = districtActor("dispatcher", Role.DISPATCHER);
		supervisor = districtActor("supervisor", Role.SUPERVISOR);
		city = districtActor("apikey:city-12345", Role.INTEGRATION);
		enterprises = districtActor("apikey:zhengqi-hutong", Role.INTEGRATION);
		units.values().forEach(u -> handlers.put(u.code(), new Actor(null, username(u.code(), "h"),
				Set.of(u.level() == UnitLevel.STREET ? Role.STREET_OFFICIAL : Role.DEPARTMENT_HANDLER),
				u.scope())));
	}

	private Actor districtActor(String username, Role role) {
		return new Actor(null, username, Set.of(role), district.scope());
	}

	private String username(String code, String prefix) {
		String below = code.startsWith(district.code()) ? code.substring(district.code().length()) : code;
		return ACCOUNTS.getOrDefault(below, prefix + code);
	}

	Actor operator() {
		return operator;
	}

	Actor dispatcher() {
		return dispatcher;
	}

	Actor supervisor() {
		return supervisor;
	}

	/** The city 12345 platform's integration. */
	Actor city() {
		return city;
	}

	/** The enterprise service platform's integration (政企互通). */
	Actor enterprises() {
		return enterprises;
	}

	/** The grid worker of a community (path: district, street and community codes). */
	Actor gridWorker(String communityCode, String communityPath) {
		return new Actor(null, username(communityCode, "g"), Set.of(Role.GRID_WORKER),
				new DataScope(communityCode, communityPath, true));
	}

	/** Someone of a street or department handling its cases. */
	Actor handler(String unitCode) {
		Actor actor = handlers.get(unitCode);
		if (actor == null) {
			throw new IllegalArgumentException("no demo handler for " + unitCode);
		}
		return actor;
	}

	boolean isStreet(String unitCode) {
		return streets.contains(unitCode);
	}

	/** A plausible wrong unit for a case: another street, or a department. */
	String otherUnit(SplittableRandom r, String not) {
		List<String> pool = r.nextInt(100) < 55 ? streets : departments;
		String pick = pool.get(r.nextInt(pool.size()));
		return pick.equals(not) ? pool.get((pool.indexOf(pick) + 1) % pool.size()) : pick;
	}
}
