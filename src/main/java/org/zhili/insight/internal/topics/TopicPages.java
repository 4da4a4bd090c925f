package org.zhili.insight.internal.topics;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/** The leaders' pages of 每月一题: the topics and the hot categories to choose from, and one topic's effect. */
@Controller
class TopicPages {

	private final TopicService topics;
	private final OrgUnits units;
	private final JsonMapper json;

	TopicPages(TopicService topics, OrgUnits units, JsonMapper json) {
		this.topics = topics;
		this.units = units;
		this.json = json;
	}

	@GetMapping("/topics")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	String list(Model model) {
		model.addAttribute("topics", topics.views(false));
		model.addAttribute("candidates", topics.candidates(3, 10));
		model.addAttribute("streets", units.streets());
		model.addAttribute("departments", units.departments());
		return "insight/topics";
	}

	@GetMapping("/topics/{id:\\d+}")
	@PreAuthorize("hasAuthority('STATS_VIEW')")
	String one(@PathVariable long id, Model model) {
		TopicService.TopicView view = topics.view(id);
		model.addAttribute("t", view);
		model.addAttribute("rowsJson", json.writeValueAsString(view.effect().rows()));
		return "insight/topic";
	}
}
