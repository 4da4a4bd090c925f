package org.zhili.inspection.internal.publication;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 一公开 in the portal: the published results, filtered by department and year; the draws load beside them. */
@Controller
class PublicResultsPages {

	private static final int SHOWN = 500;

	private final PublishedResults results;

	PublicResultsPages(PublishedResults results) {
		this.results = results;
	}

	@GetMapping("/public/inspection")
	String results(@RequestParam(required = false) String department, @RequestParam(required = false) Integer year,
			Model model) {
		model.addAttribute("results", results.list(department, year, SHOWN));
		model.addAttribute("departments", results.departments());
		model.addAttribute("years", results.years());
		model.addAttribute("department", department == null || department.isBlank() ? null : department.strip());
		model.addAttribute("year", year);
		return "inspection/public-results";
	}
}
