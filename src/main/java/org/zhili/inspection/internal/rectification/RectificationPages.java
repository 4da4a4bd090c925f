package org.zhili.inspection.internal.rectification;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.inspection.Rectifications;
import org.zhili.org.OrgUnits;

/** The pages of rectifications: the list the reader may see, filtered, and one rectification with its steps. */
@Controller
class RectificationPages {

	private final RectificationRegister rectifications;
	private final OrgUnits units;

	RectificationPages(RectificationRegister rectifications, OrgUnits units) {
		this.rectifications = rectifications;
		this.units = units;
	}

	@GetMapping("/inspection/rectifications")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String list(Actor actor, Model model, @RequestParam(required = false) String state,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String street,
			@RequestParam(required = false) Boolean overdue) {
		Rectifications.Query query = new Rectifications.Query(EnumParam.parse(Rectifications.State.class, "state", state),
				EnumParam.parse(Rectifications.Severity.class, "severity", severity),
				street == null || street.isBlank() ? null : street, Boolean.TRUE.equals(overdue) ? Boolean.TRUE : null, null, 500);
		model.addAttribute("items", rectifications.lines(query, actor));
		model.addAttribute("states", List.of(Rectifications.State.values()));
		model.addAttribute("severities", List.of(Rectifications.Severity.values()));
		model.addAttribute("streets", units.streets());
		model.addAttribute("state", state);
		model.addAttribute("severity", severity);
		model.addAttribute("street", street);
		model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
		return "inspection/hazards/rectifications";
	}

	@GetMapping("/inspection/rectifications/{id:\\d+}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String rectification(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("d", rectifications.detail(id, actor));
		return "inspection/hazards/rectification";
	}
}
