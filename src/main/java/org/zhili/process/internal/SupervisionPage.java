package org.zhili.process.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.NavigationItem;
import org.zhili.process.Supervisions;

/** 督办单: the supervision office follows every loop's 督办, a unit answers its own. */
@Controller
@PreAuthorize("isAuthenticated()")
class SupervisionPage {

	private final Supervisions supervisions;
	private final ReaderUnits readerUnits;
	private final Clock clock;

	SupervisionPage(Supervisions supervisions, ReaderUnits readerUnits, Clock clock) {
		this.supervisions = supervisions;
		this.readerUnits = readerUnits;
		this.clock = clock;
	}

	@Bean
	static NavigationItem supervisionsNavigation() {
		return new NavigationItem("nav.group.plans", "nav.supervisions", "/supervisions", "megaphone-fill", null, 104);
	}

	@GetMapping("/supervisions")
	String page(Actor actor, @RequestParam(defaultValue = "OPEN") String state,
			@RequestParam(required = false) String loop, Model model) {
		Supervisions.State filter = "ALL".equals(state) ? null : SupervisionController.state(state);
		model.addAttribute("supervisions", supervisions.list(actor, new Supervisions.Query(
				loop == null || loop.isBlank() ? null : loop, filter, null, null, 300)));
		model.addAttribute("state", filter == null ? "ALL" : filter.name());
		model.addAttribute("states", Supervisions.State.values());
		model.addAttribute("myUnits", readerUnits.of(actor));
		model.addAttribute("now", clock.instant());
		return "process/supervisions";
	}

	@PostMapping("/supervisions/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String reply, Actor actor,
			RedirectAttributes redirect) {
		try {
			supervisions.answer(id, actor, reply);
			redirect.addFlashAttribute("answered", id);
		}
		catch (ApiProblem problem) {
			redirect.addFlashAttribute("problem", problem.getMessage());
			redirect.addFlashAttribute("problemId", id);
		}
		return "redirect:/supervisions";
	}
}
