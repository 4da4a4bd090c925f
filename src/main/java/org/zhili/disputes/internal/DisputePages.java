package org.zhili.disputes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/** The pages of 矛盾纠纷: the list, one dispute with its steps, registering one, the figures. */
@Controller
class DisputePages {

	private final DisputeQueries queries;
	private final DisputeRegistration registration;
	private final DisputeFigures figures;
	private final DisputeRules rules;
	private final DisputeViews views;
	private final OrgUnits units;
	private final Clock clock;

	DisputePages(DisputeQueries queries, DisputeRegistration registration, DisputeFigures figures, DisputeRules rules,
			DisputeViews views, OrgUnits units, Clock clock) {
		this.queries = queries;
		this.registration = registration;
		this.figures = figures;
		this.rules = rules;
		this.views = views;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/disputes")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	String list(Actor actor, Model model, @RequestParam(required = false) String state,
			@RequestParam(required = false) String type, @RequestParam(required = false) String centre,
			@RequestParam(required = false) String risk, @RequestParam(required = false) String q) {
		model.addAttribute("items", queries.lines(DisputeParams.filter(state, type, centre, risk, null, q, 500), actor));
		model.addAttribute("states", List.of(State.values()));
		model.addAttribute("types", rules.types());
		model.addAttribute("risks", List.of(Disputes.Risk.values()));
		model.addAttribute("centres", centres());
		model.addAttribute("state", state);
		model.addAttribute("type", type);
		model.addAttribute("centre", centre);
		model.addAttribute("risk", risk);
		model.addAttribute("q", q);
		model.addAttribute("canRegister", actor.has(Permission.DISPUTE_MEDIATE));
		return "disputes/list";
	}

	@GetMapping("/disputes/{id:\\d+}")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	String dispute(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("d", queries.detail(id, actor));
		model.addAttribute("canUnmask", actor.has(Permission.PERSONAL_DATA_UNMASK));
		model.addAttribute("referrals", List.of(Disputes.Referral.values()));
		model.addAttribute("performances", List.of(Disputes.Performance.values()));
		model.addAttribute("today", LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
		return "disputes/dispute";
	}

	@GetMapping("/disputes/new")
	@PreAuthorize("hasAuthority('DISPUTE_MEDIATE')")
	String register(Actor actor, Model model, @RequestParam(name = "case", required = false) String caseNumber,
			@RequestParam(name = "petition", required = false) Long petition) {
		boolean fromOrigin = caseNumber != null && !caseNumber.isBlank() || petition != null;
		model.addAttribute("draft", fromOrigin ? registration.draft(caseNumber, petition, actor) : null);
		model.addAttribute("types", rules.types());
		model.addAttribute("risks", List.of(Disputes.Risk.values()));
		model.addAttribute("streets", units.streets());
		model.addAttribute("roles", List.of(Disputes.PartyRole.values()));
		model.addAttribute("ownStreet", actor.scope().unitCode());
		return "disputes/new";
	}

	@GetMapping("/disputes/figures")
	@PreAuthorize("hasAuthority('DISPUTE_VIEW')")
	String figures(Actor actor, Model model, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
		model.addAttribute("f", figures.of(start, end, actor));
		return "disputes/figures";
	}

	private List<DisputeViews.CentreChoice> centres() {
		List<DisputeViews.CentreChoice> centres = new java.util.ArrayList<>();
		centres.add(new DisputeViews.CentreChoice(rules.districtCentre(), views.centreName(rules.districtCentre())));
		units.streets().forEach(s -> centres.add(new DisputeViews.CentreChoice(s.code(), views.centreName(s.code()))));
		return centres;
	}
}
