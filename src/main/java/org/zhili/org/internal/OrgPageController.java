package org.zhili.org.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhili.identity.DataScope;

/** 组织架构 and 地图: the pages every account with ORG_VIEW uses, within its data scope. */
@Controller
@RequestMapping("/org")
@PreAuthorize("hasAuthority('ORG_VIEW')")
class OrgPageController {

	private static final int SEARCH_LIMIT = 50;

	private final UnitQueries units;
	private final GeometryStore geometries;
	private final Departments departments;

	OrgPageController(UnitQueries units, GeometryStore geometries, Departments departments) {
		this.units = units;
		this.geometries = geometries;
		this.departments = departments;
	}

	@GetMapping
	String tree(DataScope scope, Model model) {
		model.addAttribute("tree", units.tree(scope));
		model.addAttribute("departments", departments.list(true));
		return "org/tree";
	}

	@GetMapping("/search")
	String search(DataScope scope, @RequestParam(defaultValue = "") String q, Model model) {
		String text = q.strip();
		List<UnitQueries.Unit> found = text.isEmpty() || text.length() > 50 ? List.of()
				: units.list(scope, new UnitQueries.Filter(null, null, null, text), 0, SEARCH_LIMIT);
		model.addAttribute("results", found);
		model.addAttribute("q", text);
		return "org/tree :: results";
	}

	/** A unit's details: a fragment for htmx, a whole page otherwise. */
	@GetMapping("/units/{code}")
	String unit(DataScope scope, @PathVariable String code,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		UnitQueries.Unit unit = Codes.UNIT.matcher(code).matches() ? units.find(scope, code).orElse(null) : null;
		if (unit == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", units.ancestors(scope, code));
		model.addAttribute("childCounts", units.childCounts(scope, code));
		model.addAttribute("children", units.list(scope, new UnitQueries.Filter(null, code, null, null), 0, 1000));
		model.addAttribute("geometry", geometries.info(code).orElse(null));
		return htmx != null ? "org/unit :: detail" : "org/unit";
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String focus, Model model) {
		model.addAttribute("focus", focus != null && Codes.UNIT.matcher(focus).matches() ? focus : null);
		return "org/map";
	}
}
