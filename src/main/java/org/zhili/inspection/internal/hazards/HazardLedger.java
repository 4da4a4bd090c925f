package org.zhili.inspection.internal.hazards;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.inspection.HazardCampaigns.Hazard;
import org.zhili.process.Exports;
import org.zhili.process.Exports.Column;
import org.zhili.process.TimelineEntry;

/** 隐患台账: a campaign's hazards as an Excel workbook, with each hazard's timeline, through the kit's audited export. */
@RestController
@Tag(name = "隐患排查整治")
class HazardLedger {

	static final int MAX_ROWS = 20_000;

	static final List<Column<Hazard>> COLUMNS = List.of(
			Column.of("编号", 14, Hazard::number),
			Column.of("场所", 30, Hazard::siteName),
			Column.of("街道", 12, Hazard::streetName),
			Column.of("隐患描述", 40, Hazard::description),
			Column.of("等级", 6, Hazard::severity),
			Column.of("发现时间", 18, Hazard::foundAt),
			Column.of("现场整改", 8, Hazard::fixedOnSpot),
			Column.of("整改单位", 20, Hazard::unitName),
			Column.of("整改期限", 12, Hazard::due),
			Column.of("状态", 10, Hazard::status),
			Column.of("复查结果", 14, Hazard::recheck),
			Column.of("销号时间", 18, Hazard::closedAt));

	private final CampaignViews campaigns;
	private final HazardTimelineSource timelines;
	private final Exports exports;

	HazardLedger(CampaignViews campaigns, HazardTimelineSource timelines, Exports exports) {
		this.campaigns = campaigns;
		this.timelines = timelines;
		this.exports = exports;
	}

	@GetMapping(CampaignController.BASE + "/{id}/ledger.xlsx")
	@PreAuthorize("hasAuthority('INSPECTION_VIEW')")
	@Operation(summary = "导出隐患台账为 Excel（编号、场所、街道、隐患描述、等级、发现时间、现场整改、整改单位、整改期限、状态、复查结果、销号时间；含每处隐患的时间线；记入审计）")
	void export(@PathVariable long id, Actor actor, HttpServletResponse response) throws IOException {
		HazardCampaigns.Campaign campaign = campaigns.get(id, actor);
		List<Hazard> hazards = campaigns.hazards(id, actor);
		Map<Long, List<TimelineEntry>> steps = timelines.of(hazards.subList(0, Math.min(hazards.size(), MAX_ROWS)));
		Exports.Spec<Hazard> spec = Exports.Spec
			.of("inspection.hazards", "隐患", "行动：" + campaign.name() + "（" + id + "）", COLUMNS, MAX_ROWS)
			.withTimeline(Hazard::number, h -> steps.getOrDefault(h.id(), List.of()));
		exports.export(spec, Exports.Rows.of(hazards), actor, response);
	}
}
