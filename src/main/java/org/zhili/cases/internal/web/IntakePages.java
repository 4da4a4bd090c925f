package org.zhili.cases.internal.web;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhili.identity.Actor;

/**
 * 受理 for hotline operators (keyboard first) and 巡查上报 for grid workers (phone first). Both register
 * through {@code POST /api/v1/cases} from the page's script, with an idempotency key per form load.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAuthority('CASE_INTAKE')")
class IntakePages {

	/** 我的网格 lists this many cases on a phone. */
	private static final int REPORT_LIST_SIZE = 10;

	private final CaseListOptions options;
	private final CaseListPages lists;

	IntakePages(CaseListOptions options, CaseListPages lists) {
		this.options = options;
		this.lists = lists;
	}

	@GetMapping("/intake")
	String intake(Model model) {
		model.addAttribute("options", options);
		return "cases/intake";
	}

	@GetMapping("/report")
	String report(Actor actor, @ModelAttribute("query") CaseListParams params, Model model) {
		lists.list(actor, params.sizedIfUnsized(REPORT_LIST_SIZE), "/cases/report", Map.of(), model);
		return "cases/report";
	}
}
