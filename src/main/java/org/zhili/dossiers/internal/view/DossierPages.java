package org.zhili.dossiers.internal.view;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;

/** The page of the one view: a search by phone, ID number or address, and the timeline found. */
@Controller
class DossierPages {

	private final DossierService dossiers;

	DossierPages(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/dossiers")
	@PreAuthorize("hasAuthority('DOSSIER_VIEW')")
	String dossier(@RequestParam(required = false) String by, @RequestParam(required = false) String q,
			@RequestParam(required = false) String reason, Actor actor, Model model) {
		String kind = by == null ? "phone" : by;
		model.addAttribute("by", kind);
		model.addAttribute("q", q);
		model.addAttribute("reason", reason);
		if (q != null && !q.isBlank()) {
			try {
				model.addAttribute("dossier", switch (kind) {
					case "id" -> dossiers.person(null, q, reason, actor);
					case "address" -> dossiers.address(q, null, reason, actor);
					case "key" -> dossiers.address(null, q, reason, actor);
					default -> dossiers.person(q, null, reason, actor);
				});
			}
			catch (ApiProblem problem) {
				model.addAttribute("problem", problem.getMessage());
			}
		}
		return "dossiers/dossier";
	}
}
