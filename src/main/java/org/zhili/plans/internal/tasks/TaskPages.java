package org.zhili.plans.internal.tasks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.identity.Actor;

/** The pages of a task (with its timeline) and of the unit's own tasks. */
@Controller
class TaskPages {

	private final TaskQueries tasks;
	private final TaskReminders reminders;

	TaskPages(TaskQueries tasks, TaskReminders reminders) {
		this.tasks = tasks;
		this.reminders = reminders;
	}

	@GetMapping("/plans/tasks/{id:\\d+}")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	String task(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("d", tasks.task(id, actor));
		return "plans/task";
	}

	@GetMapping("/plans/mine")
	@PreAuthorize("hasAuthority('PLAN_REPORT')")
	String mine(Actor actor, Model model) {
		model.addAttribute("duePeriod", tasks.duePeriod());
		model.addAttribute("tasks", tasks.mine(actor));
		model.addAttribute("notices", reminders.notices(actor));
		return "plans/mine";
	}
}
