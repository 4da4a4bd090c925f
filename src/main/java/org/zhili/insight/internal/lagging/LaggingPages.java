package org.zhili.insight.internal.lagging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 后进 page: the month's lagging streets and departments, with a 约谈 button for the supervision office. */
@Controller
class LaggingPages {

	private final LaggingUnits lagging;

	LaggingPages(LaggingUnits lagging) {
		this.lagging = lagging;
	}

	@GetMapping("/lagging")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	String page(@RequestParam(required = false) String month, Model model) {
		model.addAttribute("m", lagging.of(month == null || month.isBlank() ? lagging.lastMonth() : LaggingController.parse(month)));
		model.addAttribute("latest", lagging.lastMonth());
		return "insight/lagging";
	}
}
