package org.zhili.inspection.internal.matters;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.Matters;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;

/** The 抽查事项清单's page: every department's matters with their legal basis and check items. */
@Controller
class MatterPages {

	private final MatterRegistry matters;
	private final OrgUnits units;

	MatterPages(MatterRegistry matters, OrgUnits units) {
		this.matters = matters;
		this.units = units;
	}

	@GetMapping("/inspection/matters")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String list(Actor actor, Model model, @RequestParam(required = false) String department) {
		model.addAttribute("matters", matters.list(department));
		model.addAttribute("department", department);
		model.addAttribute("departments", units.departments());
		model.addAttribute("methods", Matters.Method.values());
		OrgUnit own = units.find(actor.scope().unitCode()).filter(u -> u.level() == UnitLevel.DEPARTMENT).orElse(null);
		model.addAttribute("ownDepartment", actor.has(Permission.INSPECTION_MANAGE) ? own : null);
		return "inspection/libraries/matters";
	}
}
