package org.zhili.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnits;
import org.zhili.petitions.PetitionChannel;
import org.zhili.petitions.PetitionKind;
import org.zhili.petitions.PetitionOpinion;
import org.zhili.petitions.PetitionState;

/** The 信访 pages: the list, registering, one petition, the leaders' cases, the campaigns and the year's figures. */
@Controller
class PetitionPages {

	private final PetitionQueries queries;
	private final PetitionFigures figures;
	private final PetitionCampaigns campaigns;
	private final PetitionRules rules;
	private final OrgUnits units;
	private final Clock clock;

	PetitionPages(PetitionQueries queries, PetitionFigures figures, PetitionCampaigns campaigns, PetitionRules rules,
			OrgUnits units, Clock clock) {
		this.queries = queries;
		this.figures = figures;
		this.campaigns = campaigns;
		this.rules = rules;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/petitions")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	String list(Actor actor, Model model, @RequestParam(required = false) String state,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String q) {
		model.addAttribute("items", queries.lines(PetitionController.filter(state, kind, channel, null, q, null, null, 500), actor));
		model.addAttribute("states", PetitionState.values());
		model.addAttribute("kinds", PetitionKind.values());
		model.addAttribute("channels", PetitionChannel.values());
		model.addAttribute("state", state);
		model.addAttribute("kind", kind);
		model.addAttribute("channel", channel);
		model.addAttribute("q", q);
		model.addAttribute("canRegister", actor.has(Permission.PETITION_REGISTER));
		return "petitions/list";
	}

	@GetMapping("/petitions/new")
	@PreAuthorize("hasAuthority('PETITION_REGISTER')")
	String register(Model model) {
		model.addAttribute("channels", PetitionChannel.values());
		model.addAttribute("streets", units.streets());
		return "petitions/new";
	}

	@GetMapping("/petitions/{id:\\d+}")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	String petition(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("d", queries.detail(id, actor));
		model.addAttribute("kinds", PetitionKind.values());
		model.addAttribute("opinions", PetitionOpinion.values());
		model.addAttribute("procedures", rules.procedures());
		model.addAttribute("streets", units.streets());
		model.addAttribute("departments", units.departments());
		return "petitions/petition";
	}

	@GetMapping("/petitions/leaders")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	String leaders(Actor actor, Model model) {
		Map<String, List<PetitionViews.Line>> byLeader = new TreeMap<>(queries
			.lines(PetitionController.filter(null, null, null, null, null, null, null, 5000), actor).stream()
			.filter(l -> l.leader() != null).collect(Collectors.groupingBy(PetitionViews.Line::leader)));
		model.addAttribute("leaders", byLeader);
		return "petitions/leaders";
	}

	@GetMapping("/petitions/campaigns")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	String campaigns(Actor actor, Model model, @RequestParam(required = false) Long id) {
		List<PetitionStore.CampaignRow> list = campaigns.list();
		model.addAttribute("campaigns", list);
		Long shown = id != null ? id : list.isEmpty() ? null : list.get(0).id();
		model.addAttribute("report", shown == null ? null : campaigns.report(shown, actor));
		model.addAttribute("canOpen", actor.has(Permission.PETITION_REGISTER));
		model.addAttribute("today", LocalDate.ofInstant(clock.instant(), PetitionViews.ZONE));
		return "petitions/campaigns";
	}

	@GetMapping("/petitions/figures")
	@PreAuthorize("hasAuthority('PETITION_VIEW')")
	String figures(Actor actor, Model model, @RequestParam(required = false) Integer year) {
		int y = year != null ? year : LocalDate.ofInstant(clock.instant(), PetitionViews.ZONE).getYear();
		model.addAttribute("f", figures.year(y, actor));
		return "petitions/figures";
	}
}
