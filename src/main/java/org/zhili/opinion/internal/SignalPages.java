package org.zhili.opinion.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.cases.CaseDirectory;
import org.zhili.identity.Actor;
import org.zhili.opinion.SignalClosure;
import org.zhili.opinion.SignalSentiment;
import org.zhili.org.OrgUnits;

/** The 舆情 pages: the list with the registration form, one signal, the topics, the figures, the public replies. */
@Controller
class SignalPages {

	private static final int PUBLIC_SHOWN = 100;

	private final SignalReader reader;
	private final SignalFigures figures;
	private final SignalSteps steps;
	private final OpinionProperties properties;
	private final OrgUnits units;
	private final CaseDirectory directory;

	SignalPages(SignalReader reader, SignalFigures figures, SignalSteps steps,
			OpinionProperties properties, OrgUnits units, CaseDirectory directory) {
		this.reader = reader;
		this.figures = figures;
		this.steps = steps;
		this.properties = properties;
		this.units = units;
		this.directory = directory;
	}

	@GetMapping("/opinion/signals")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	String list(Actor actor, @RequestParam(required = false) String state, @RequestParam(required = false) String source,
			Model model) {
		model.addAttribute("items", reader.list(actor, SignalController.state(state),
				source == null || source.isBlank() ? null : source, 500));
		model.addAttribute("state", state);
		model.addAttribute("source", source);
		model.addAttribute("states", SignalWorkflow.State.values());
		forms(model);
		return "opinion/signals";
	}

	@GetMapping("/opinion/signals/{id:\\d+}")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	String signal(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("d", reader.detail(id, actor));
		forms(model);
		return "opinion/signal";
	}

	@GetMapping("/opinion/topics")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	String topics(Actor actor, Model model) {
		model.addAttribute("topics", reader.topics(actor));
		model.addAttribute("window", properties.topicWindow().getDays());
		return "opinion/topics";
	}

	@GetMapping("/opinion/figures")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	String figures(Actor actor, @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Model model) {
		SignalPeriod p = SignalPeriod.of(from, to, steps);
		model.addAttribute("f", figures.of(p.from(), p.to(), actor));
		return "opinion/figures";
	}

	@GetMapping("/public/opinion")
	String published(Model model) {
		model.addAttribute("replies", reader.publicReplies(PUBLIC_SHOWN));
		return "opinion/public";
	}

	private void forms(Model model) {
		model.addAttribute("sources", properties.sources());
		model.addAttribute("streets", units.streets());
		model.addAttribute("departments", units.departments());
		model.addAttribute("categories", directory.categories().stream()
			.filter(c -> c.active() && c.level() <= 2)
			.toList());
		model.addAttribute("sentiments", SignalSentiment.values());
		model.addAttribute("closures", SignalClosure.values());
	}
}
