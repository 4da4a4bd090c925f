package org.zhili.cases.internal.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.Light;
import org.zhili.cases.Urgency;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;

/** The choices of the case pages' filters and forms: states, lights, types, categories, streets and units. */
@Component
class CaseListOptions {

	/** A choice of a select: its value, its text, and how deep it is indented. */
	record Option(String value, String label, int depth) {
	}

	private final Categories categories;
	private final OrgUnits units;

	CaseListOptions(Categories categories, OrgUnits units) {
		this.categories = categories;
		this.units = units;
	}

	public List<CaseState> states() {
		return List.of(CaseState.values());
	}

	public List<Light> lights() {
		return List.of(Light.RED, Light.YELLOW, Light.GREEN, Light.NONE);
	}

	public List<CaseType> types() {
		return List.of(CaseType.values());
	}

	public List<Urgency> urgencies() {
		return List.of(Urgency.values());
	}

	/** The first two levels of the tree: a filter on a category includes everything below it. */
	public List<Option> categories() {
		return categories.all()
			.stream()
			.filter(c -> c.active() && c.level() <= 2)
			.map(c -> new Option(c.code(), c.name(), c.level() - 1))
			.toList();
	}

	public List<Option> streets() {
		return units.streets().stream().map(CaseListOptions::option).toList();
	}

	/** The departments that handle cases (委局办), without the command centre and the supervision office. */
	public List<Option> departments() {
		return units.departments()
			.stream()
			.filter(u -> u.category() == null || "LINE_DEPARTMENT".equals(u.category()))
			.map(CaseListOptions::option)
			.toList();
	}

	/** Units a case can be dispatched to: the streets, then the departments. */
	public List<Option> handlingUnits() {
		return java.util.stream.Stream.concat(streets().stream(), departments().stream()).toList();
	}

	private static Option option(OrgUnit u) {
		return new Option(u.code(), u.shortName() == null ? u.name() : u.shortName(), 0);
	}
}
