package org.zhili.urban.internal.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnits;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;
import org.zhili.urban.internal.cases.UrbanCaseWorkflow.State;

/** The loop's pages: the 监督员's phone page, the case list, one case with its steps, the 值班长's approvals. */
@Controller
class UrbanCasePages {

	private final UrbanCaseQueries queries;
	private final UrbanCatalogue catalogue;
	private final OrgUnits units;

	UrbanCasePages(UrbanCaseQueries queries, UrbanCatalogue catalogue, OrgUnits units) {
		this.queries = queries;
		this.catalogue = catalogue;
		this.units = units;
	}

	@GetMapping("/urban/patrol")
	@PreAuthorize("hasAuthority('URBAN_REPORT')")
	String patrol(Actor actor, Model model) {
		model.addAttribute("classGroups", classGroups());
		model.addAttribute("toVerify", queries.patrolQueue(actor, State.TO_VERIFY));
		model.addAttribute("toCheck", queries.patrolQueue(actor, State.TO_CHECK));
		return "urban/patrol";
	}

	@GetMapping("/urban/cases")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	String list(Actor actor, Model model, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String street,
			@RequestParam(required = false) String source, @RequestParam(required = false) String light,
			@RequestParam(required = false) String q) {
		model.addAttribute("items", queries.lines(UrbanCaseController.filter(state, open, street, null, source, null, null,
				q, light, 300), actor));
		model.addAttribute("shares", queries.shares(actor));
		model.addAttribute("states", List.of(State.values()));
		model.addAttribute("streets", units.streets());
		model.addAttribute("state", state);
		model.addAttribute("open", open);
		model.addAttribute("street", street);
		model.addAttribute("source", source);
		model.addAttribute("light", light);
		model.addAttribute("q", q);
		model.addAttribute("canLink", actor.has(Permission.URBAN_DISPATCH) || actor.has(Permission.URBAN_REGISTER));
		return "urban/cases";
	}

	@GetMapping("/urban/cases/{id:\\d+}")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	String detail(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("d", queries.detail(id, actor));
		model.addAttribute("classGroups", classGroups());
		model.addAttribute("departments", units.departments());
		model.addAttribute("streets", units.streets());
		return "urban/cases-case";
	}

	/** The active classes by kind and 大类, for a picker. */
	record ClassGroup(String label, List<CatalogueClass> classes) {
	}

	private List<ClassGroup> classGroups() {
		Map<String, List<CatalogueClass>> groups = new LinkedHashMap<>();
		catalogue.list(null).stream().filter(CatalogueClass::active)
			.forEach(c -> groups.computeIfAbsent(c.kind().label() + " · " + c.majorName(), k -> new ArrayList<>()).add(c));
		return groups.entrySet().stream().map(e -> new ClassGroup(e.getKey(), e.getValue())).toList();
	}

	@GetMapping("/urban/cases/approvals")
	@PreAuthorize("hasAuthority('URBAN_REGISTER')")
	String approvals(Actor actor, Model model) {
		model.addAttribute("items", queries.approvals(actor));
		return "urban/cases-approvals";
	}
}
