package org.zhili.cases.internal.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhili.cases.internal.record.Stage;

/**
 * 分类与时限 for the system administrator: the category tree, each category's lead-unit rule and its time
 * limits per urgency and stage, edited through the categories API (audited there).
 */
@Controller
@PreAuthorize("hasAuthority('CASE_CONFIG')")
class CategoryPages {

	private final CaseListOptions options;

	CategoryPages(CaseListOptions options) {
		this.options = options;
	}

	@GetMapping("/cases/categories")
	String categories(Model model) {
		model.addAttribute("options", options);
		model.addAttribute("stages", Stage.values());
		return "cases/categories";
	}
}
