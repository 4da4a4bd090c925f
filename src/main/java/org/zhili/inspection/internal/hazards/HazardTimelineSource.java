package org.zhili.inspection.internal.hazards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.inspection.Rectifications;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/**
 * A hazard's timeline from the kit's journal: found, fixed on the spot or handed to a unit, and then its
 * rectification's steps (reported, re-checked, 销号) — one story from the visit to the closing.
 */
@Component
class HazardTimelineSource implements TimelineSource {

	private final CampaignViews campaigns;
	private final Journal journal;

	HazardTimelineSource(CampaignViews campaigns, Journal journal) {
		this.campaigns = campaigns;
		this.journal = journal;
	}

	@Override
	public String loop() {
		return HazardCampaigns.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		if (!reader.has(Permission.INSPECTION_VIEW)) {
			throw ApiProblem.notFound("hazard_not_found", "没有这个隐患");
		}
		HazardCampaigns.Hazard h = campaigns.hazard(itemId);
		return of(List.of(h)).getOrDefault(itemId, List.of());
	}

	/** The timelines of many hazards at once (the ledger's 时间线 sheet), by hazard. */
	Map<Long, List<TimelineEntry>> of(Collection<HazardCampaigns.Hazard> hazards) {
		Map<Long, List<TimelineEntry>> own = journal.timelines(HazardCampaigns.LOOP,
				hazards.stream().map(HazardCampaigns.Hazard::id).toList());
		Map<Long, List<TimelineEntry>> rectified = journal.timelines(Rectifications.LOOP,
				hazards.stream().map(HazardCampaigns.Hazard::rectificationId).filter(java.util.Objects::nonNull).toList());
		Map<Long, List<TimelineEntry>> all = new HashMap<>();
		for (HazardCampaigns.Hazard h : hazards) {
			List<TimelineEntry> entries = new ArrayList<>(own.getOrDefault(h.id(), List.of()));
			if (h.rectificationId() != null) {
				// the rectification's opening repeats what the hazard's own step said
				rectified.getOrDefault(h.rectificationId(), List.of()).stream().filter(e -> !"open".equals(e.action()))
					.forEach(entries::add);
			}
			entries.sort(Comparator.comparing(TimelineEntry::at));
			all.put(h.id(), entries);
		}
		return all;
	}
}
