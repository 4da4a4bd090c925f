package org.zhili.enterprises.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;

/** The pages of 包联企业: the pairings (the 营商环境 office's and leaders' list) and one enterprise's record. */
@Controller
class EnterprisePages {

	private final EnterpriseViews views;

	EnterprisePages(EnterpriseViews views) {
		this.views = views;
	}

	@GetMapping("/enterprises")
	@PreAuthorize("hasAuthority('ENTERPRISE_VIEW')")
	String list(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean all,
			Actor actor, Model model) {
		model.addAttribute("pairings", views.list(!all, mine ? actor.username() : null));
		model.addAttribute("mine", mine);
		model.addAttribute("all", all);
		return "enterprises/pairings";
	}

	@GetMapping("/enterprises/{creditCode}")
	@PreAuthorize("hasAuthority('ENTERPRISE_VIEW')")
	String one(@PathVariable String creditCode, Actor actor, Model model) {
		EnterpriseViews.EnterpriseRecord r = views.record(creditCode);
		model.addAttribute("e", r);
		model.addAttribute("mayVisit", r.pairing() != null && (r.pairing().official().equals(actor.username())
				|| actor.has(org.zhili.identity.Permission.ENTERPRISE_MANAGE)));
		return "enterprises/enterprise";
	}
}
