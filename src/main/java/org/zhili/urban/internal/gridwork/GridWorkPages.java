package org.zhili.urban.internal.gridwork;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;

/**
 * The grid workers' pages: the desk page of coverage (map and table, street → community → grid), a grid's ledger, and
 * the phone-size pages of a grid worker's day (today's visits, recording one, opening a case from it).
 */
@Controller
class GridWorkPages {

	/** A step of the breadcrumb above the coverage table. */
	record Crumb(String code, String name) {
	}

	/** A target a visit can go to, as a select option. */
	record Option(String value, String label) {
	}

	private final GridCoverage coverage;
	private final GridLedger ledger;
	private final GridRosters rosters;
	private final GridVisits visits;
	private final GridAccess access;
	private final OrgUnits units;

	GridWorkPages(GridCoverage coverage, GridLedger ledger, GridRosters rosters, GridVisits visits, GridAccess access,
			OrgUnits units) {
		this.coverage = coverage;
		this.ledger = ledger;
		this.rosters = rosters;
		this.visits = visits;
		this.access = access;
		this.units = units;
	}

	@GetMapping("/urban/grids")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	String coverage(@RequestParam(required = false) String month, @RequestParam(required = false) String parent,
			Actor actor, Model model) {
		GridCoverage.Report report = coverage.report(GridWorkController.month(month, access.today()), parent, actor);
		List<Crumb> crumbs = new ArrayList<>();
		OrgUnit at = units.find(report.parentCode()).orElseThrow();
		while (at != null) {
			crumbs.add(0, new Crumb(at.level() == UnitLevel.DISTRICT ? null : at.code(), at.shortName()));
			at = at.parentCode() == null ? null : units.find(at.parentCode()).orElse(null);
		}
		model.addAttribute("report", report);
		model.addAttribute("crumbs", crumbs);
		model.addAttribute("mine", rosters.gridsOf(actor.username()));
		return "urban/grids";
	}

	@GetMapping("/urban/grids/{grid:[0-9]{15}}")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	String grid(@PathVariable String grid, @RequestParam(defaultValue = "persons") String tab, Actor actor, Model model) {
		OrgUnit unit = access.grid("grid", grid);
		access.requireRead(actor, unit);
		model.addAttribute("grid", unit);
		model.addAttribute("community", units.find(unit.parentCode()).orElse(null));
		model.addAttribute("counts", ledger.counts(grid, actor));
		model.addAttribute("roster", rosters.ofGrid(grid, actor));
		model.addAttribute("tab", tab);
		switch (tab) {
			case "households" -> model.addAttribute("households", ledger.households(grid, null, actor));
			case "places" -> model.addAttribute("places", ledger.places(grid, null, actor));
			case "buildings" -> model.addAttribute("buildings", ledger.buildings(grid, actor));
			case "visits" -> model.addAttribute("visits", visits.list(new GridVisits.Filter(grid, null, null, null, null),
					actor, 200));
			default -> {
				model.addAttribute("tab", "persons");
				model.addAttribute("persons", ledger.persons(grid, null, actor));
			}
		}
		model.addAttribute("canVisit", actor.has(Permission.GRID_VISIT) && access.reads(actor, unit));
		model.addAttribute("canManage", access.managesRoster(actor, unit));
		return "urban/grids-grid";
	}

	@GetMapping("/urban/visits")
	@PreAuthorize("hasAuthority('GRID_VISIT')")
	String today(Actor actor, Model model) {
		model.addAttribute("visits", visits.today(actor));
		model.addAttribute("grids", rosters.gridsOf(actor.username()).stream()
			.map(code -> new Option(code, access.name(code)))
			.toList());
		model.addAttribute("today", access.today());
		return "urban/visits";
	}

	@GetMapping("/urban/visits/new")
	@PreAuthorize("hasAuthority('GRID_VISIT')")
	String newVisit(@RequestParam String grid, Actor actor, Model model) {
		OrgUnit unit = access.grid("grid", grid);
		access.requireVisit(actor, unit);
		List<Option> targets = new ArrayList<>();
		ledger.persons(grid, null, actor)
			.forEach(p -> targets.add(new Option("PERSON:" + p.id(), p.kindLabel() + " " + p.name()
					+ (p.address() == null ? "" : " · " + p.address()))));
		ledger.places(grid, null, actor)
			.forEach(p -> targets.add(new Option("PLACE:" + p.id(), p.kindLabel() + " " + p.name())));
		ledger.households(grid, null, actor)
			.forEach(h -> targets.add(new Option("HOUSEHOLD:" + h.id(), h.address() + " " + h.room() + " " + h.headName())));
		model.addAttribute("grid", unit);
		model.addAttribute("targets", targets);
		model.addAttribute("visit", null);
		model.addAttribute("urgencies", org.zhili.cases.Urgency.values());
		return "urban/visits-visit";
	}

	@GetMapping("/urban/visits/{id:\\d+}")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	String visit(@PathVariable long id, Actor actor, Model model) {
		GridVisits.VisitView v = visits.visit(id, actor);
		OrgUnit unit = access.grid("grid", v.gridCode());
		model.addAttribute("grid", unit);
		model.addAttribute("visit", v);
		model.addAttribute("links", visits.links(id));
		model.addAttribute("photos", visits.photos(id));
		model.addAttribute("canVisit", actor.has(Permission.GRID_VISIT) && access.reads(actor, unit));
		model.addAttribute("urgencies", org.zhili.cases.Urgency.values());
		return "urban/visits-visit";
	}
}
