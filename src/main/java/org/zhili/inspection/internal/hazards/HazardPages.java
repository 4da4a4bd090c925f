package org.zhili.inspection.internal.hazards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhili.identity.Actor;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.platform.ChinaTime;

/** The pages of hazard campaigns: the list with the district's figures, a campaign, and the phone page of a visit. */
@Controller
class HazardPages {

	private final CampaignViews campaigns;
	private final CampaignRecorders recorders;
	private final VisitPhotos photos;
	private final Clock clock;

	HazardPages(CampaignViews campaigns, CampaignRecorders recorders, VisitPhotos photos, Clock clock) {
		this.campaigns = campaigns;
		this.recorders = recorders;
		this.photos = photos;
		this.clock = clock;
	}

	@GetMapping("/inspection/hazards")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String list(Actor actor, Model model) {
		model.addAttribute("campaigns", campaigns.list(actor));
		model.addAttribute("overview", campaigns.overview(actor));
		return "inspection/hazards/list";
	}

	@GetMapping("/inspection/hazards/{id:\\d+}")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	String campaign(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("campaign", campaigns.get(id, actor));
		model.addAttribute("report", campaigns.report(id, actor));
		model.addAttribute("hazards", campaigns.hazards(id, actor));
		List<HazardCampaigns.Visit> visits = campaigns.visits(id, actor);
		model.addAttribute("visits", visits);
		model.addAttribute("photos", photos.urls(visits.stream().map(HazardCampaigns.Visit::id).toList()));
		model.addAttribute("pending", campaigns.sites(id, actor).stream().filter(s -> s.visits() == 0).toList());
		model.addAttribute("mayRecord", recorders.mayRecord(id, actor));
		return "inspection/hazards/campaign";
	}

	/** The running campaigns the account records for; straight to the visit page when there is one. */
	@GetMapping("/inspection/hazards/visit")
	@PreAuthorize("hasAnyAuthority('INSPECTION_EXECUTE', 'INSPECTION_MANAGE')")
	String pick(Actor actor, Model model) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		List<HazardCampaigns.Campaign> mine = campaigns.list(actor).stream()
			.filter(c -> !today.isBefore(c.startsOn()) && !today.isAfter(c.endsOn()))
			.filter(c -> recorders.mayRecord(c.id(), actor))
			.toList();
		if (mine.size() == 1) {
			return "redirect:/inspection/hazards/" + mine.get(0).id() + "/visit";
		}
		model.addAttribute("campaigns", mine);
		return "inspection/hazards/pick";
	}

	@GetMapping("/inspection/hazards/{id:\\d+}/visit")
	@PreAuthorize("hasAnyAuthority('INSPECTION_EXECUTE', 'INSPECTION_MANAGE')")
	String visit(@PathVariable long id, Actor actor, Model model) {
		HazardCampaigns.Campaign campaign = campaigns.get(id, actor);
		boolean leads = recorders.mayRecord(id, actor) && campaign.leadDepartment().equals(actor.scope().unitCode());
		model.addAttribute("campaign", campaign);
		model.addAttribute("sites", campaigns.sites(id, actor));
		// a member records for their own teams; the lead department for any
		model.addAttribute("teams", campaign.teams().stream()
			.filter(t -> leads || t.members().stream().anyMatch(m -> actor.username().equals(m.username())))
			.toList());
		return "inspection/hazards/visit";
	}
}
