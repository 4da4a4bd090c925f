package org.zhili.dossiers.internal.warning;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;

/** The early warnings' pages: the list with how many were followed by a petition, and one alert with its evidence. */
@Controller
class AlertPages {

	private final AlertService alerts;

	AlertPages(AlertService alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/early-warnings")
	@PreAuthorize("hasAuthority('EARLY_WARNING_VIEW')")
	String list(Actor actor, Model model) {
		model.addAttribute("overview", alerts.overview(actor, 300));
		model.addAttribute("single", false);
		return "dossiers/early-warnings";
	}

	@GetMapping("/early-warnings/{id}")
	@PreAuthorize("hasAuthority('EARLY_WARNING_VIEW')")
	String one(@PathVariable long id, Actor actor, Model model) {
		AlertService.Overview all = alerts.overview(actor, 0);
		model.addAttribute("overview", new AlertService.Overview(List.of(alerts.get(id, actor)), all.total(),
				all.followedByPetition(), all.meanLeadDays()));
		model.addAttribute("single", true);
		return "dossiers/early-warnings";
	}

	@PostMapping("/early-warnings/{id}/acknowledge")
	@PreAuthorize("hasAuthority('EARLY_WARNING_VIEW')")
	String acknowledge(@PathVariable long id, Actor actor) {
		alerts.acknowledge(id, actor);
		return "redirect:/early-warnings/" + id;
	}

	@PostMapping("/early-warnings/{id}/handle")
	@PreAuthorize("hasAuthority('EARLY_WARNING_VIEW')")
	String handle(@PathVariable long id, @RequestParam String note, Actor actor) {
		alerts.handle(id, note, actor);
		return "redirect:/early-warnings/" + id;
	}
}
