package org.zhili.insight.internal.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhili.identity.Actor;

/** The first page after signing in: the 工作台, then the shortcuts to every page the account may open. */
@Controller
class WorkbenchPage {

	private final Workbench workbench;

	WorkbenchPage(Workbench workbench) {
		this.workbench = workbench;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("bench", workbench.of(actor));
		return "insight/workbench";
	}
}
