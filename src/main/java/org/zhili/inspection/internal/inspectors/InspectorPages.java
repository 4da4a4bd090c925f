package org.zhili.inspection.internal.inspectors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.Inspectors;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ChinaTime;

/** The inspector library's page: every department's inspectors, licences that need attention marked. */
@Controller
class InspectorPages {

	/** An inspector as the page lists them, with where their licence stands today. */
	record Listed(Inspectors.Inspector inspector, LicenceState licence) {
	}

	private final InspectorRegistry inspectors;
	private final OrgUnits units;
	private final LicenceRules rules;
	private final Clock clock;

	InspectorPages(InspectorRegistry inspectors, OrgUnits units, LicenceRules rules, Clock clock) {
		this.inspectors = inspectors;
		this.units = units;
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping("/inspection/inspectors")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String list(Actor actor, Model model, @RequestParam(required = false) String department) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		List<Listed> listed = inspectors.list(department).stream()
			.map(i -> new Listed(i, LicenceState.of(i.licenceExpires(), today, rules.warnDays())))
			.toList();
		model.addAttribute("inspectors", listed);
		model.addAttribute("department", department);
		model.addAttribute("departments", units.departments());
		model.addAttribute("warnDays", rules.warnDays());
		model.addAttribute("expiring", listed.stream().filter(l -> l.licence() != LicenceState.VALID).count());
		model.addAttribute("conflictKinds", Inspectors.ConflictKind.values());
		// A department's handler registers for their own department; the form says which.
		OrgUnit own = units.find(actor.scope().unitCode()).filter(u -> u.level() == UnitLevel.DEPARTMENT).orElse(null);
		model.addAttribute("ownDepartment", actor.has(Permission.INSPECTION_MANAGE) ? own : null);
		return "inspection/libraries/inspectors";
	}
}
