package org.zhili.insight.internal.cockpit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;

/**
 * The cockpit page, and its big-screen layout for the command centre ({@code /cockpit/screen} or
 * {@code ?screen=big}: 1920×1080, dark, no navigation). The tiles are rendered on the server from the counters, so
 * the first paint needs no further request; the map, trends and live updates load after it.
 */
@Controller
class CockpitPages {

	private final Cockpit cockpit;

	CockpitPages(Cockpit cockpit) {
		this.cockpit = cockpit;
	}

	@GetMapping("/cockpit")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	String page(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
			@RequestParam(required = false) String screen, Actor actor, Model model) {
		Area area = cockpit.area(street, community, actor);
		model.addAttribute("s", cockpit.forReader(cockpit.summary(area), actor));
		String query = (area.street() == null ? "" : "street=" + area.street().code())
				+ (area.community() == null ? "" : "&community=" + area.community().code());
		model.addAttribute("query", query);
		model.addAttribute("screenLink", "/cockpit/screen" + (query.isEmpty() ? "" : "?" + query));
		return "big".equals(screen) ? "insight/cockpit-screen" : "insight/cockpit";
	}

	@GetMapping("/cockpit/screen")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	String screen(@RequestParam(required = false) String street, @RequestParam(required = false) String community,
			Actor actor, Model model) {
		return page(street, community, "big", actor, model);
	}
}
