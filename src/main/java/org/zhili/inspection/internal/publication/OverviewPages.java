package org.zhili.inspection.internal.publication;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.CreditStatus;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.inspection.internal.execution.Inspection;
import org.zhili.inspection.internal.execution.InspectionViews;
import org.zhili.inspection.internal.DistrictWide;
import org.zhili.platform.ApiProblem;

/**
 * 监管总览: a year of 双随机抽查 across the district — coverage by credit class, publication on time by department,
 * results waiting for publication, open rectifications and hazards by street, and the 守信激励 / 失信惩戒 lists. For the
 * supervision office and for the district-wide readers (leaders); a department reads its own pages instead.
 */
@Controller
class OverviewPages {

	static final int LISTED = 50;

	/**
	 * A street's open work: the rectifications inspections opened (and those overdue), and the hazards of the
	 * campaigns not yet closed (and the 重大 of them).
	 */
	record StreetLine(String streetCode, String streetName, int inspectionOpen, int inspectionOverdue, int hazardsOpen,
			int majorOpen) {

		public int open() {
			return inspectionOpen + hazardsOpen;
		}
	}

	private final OversightFigures figures;
	private final InspectionViews inspections;
	private final HazardCampaigns hazards;
	private final CreditStatus credit;
	private final DistrictWide districtWide;

	OverviewPages(OversightFigures figures, InspectionViews inspections, HazardCampaigns hazards, CreditStatus credit,
			DistrictWide districtWide) {
		this.figures = figures;
		this.inspections = inspections;
		this.hazards = hazards;
		this.credit = credit;
		this.districtWide = districtWide;
	}

	@GetMapping("/inspection/overview")
	@PreAuthorize("hasAnyAuthority('INSPECTION_SUPERVISE', 'INSPECTION_VIEW')")
	String overview(@RequestParam(required = false) Integer year, Actor actor, Model model) {
		if (!actor.has(Permission.INSPECTION_SUPERVISE) && !districtWide.reads(actor)) {
			throw ApiProblem.forbidden("district_readers_only", "监管总览供督查部门和区领导查看");
		}
		int shown = year == null ? figures.today().getYear() : year;
		List<Inspection> waiting = inspections.awaitingPublication(actor);
		model.addAttribute("year", shown);
		model.addAttribute("coverage", figures.coverage(shown));
		model.addAttribute("publication", figures.publication(shown));
		model.addAttribute("waiting", waiting);
		model.addAttribute("overdue", waiting.stream().filter(Inspection::publishOverdue).count());
		HazardCampaigns.Overview campaigns = hazards.overview(actor);
		model.addAttribute("campaigns", campaigns);
		model.addAttribute("streets", streets(figures.rectificationsByStreet(), campaigns.byStreet()));
		model.addAttribute("rewarded", credit.list(CreditStatus.Standing.REWARDED, LISTED));
		model.addAttribute("punished", credit.list(CreditStatus.Standing.PUNISHED, LISTED));
		return "inspection/overview";
	}

	/** Both lists hold every street in its official order; a street one of them lacks counts none there. */
	private static List<StreetLine> streets(List<OversightFigures.StreetRectifications> found,
			List<HazardCampaigns.StreetOpen> hazards) {
		Map<String, HazardCampaigns.StreetOpen> open = hazards.stream()
			.collect(Collectors.toMap(HazardCampaigns.StreetOpen::streetCode, Function.identity(), (a, b) -> a));
		return found.stream().map(s -> {
			HazardCampaigns.StreetOpen h = open.get(s.streetCode());
			return new StreetLine(s.streetCode(), s.streetName(), s.open(), s.overdue(), h == null ? 0 : h.open(),
					h == null ? 0 : h.majorOpen());
		}).toList();
	}
}
