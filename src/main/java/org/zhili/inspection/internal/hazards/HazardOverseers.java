package org.zhili.inspection.internal.hazards;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.HazardCampaigns;
import org.zhili.inspection.internal.rectification.RectificationSources;

/** A campaign's team members follow the rectifications of the hazards they found: they see and re-check them. */
@Component
class HazardOverseers implements RectificationSources {

	private final CampaignStore store;

	HazardOverseers(CampaignStore store) {
		this.store = store;
	}

	@Override
	public String loop() {
		return HazardCampaigns.LOOP;
	}

	@Override
	public boolean oversees(Actor actor, long hazardId) {
		return actor.has(Permission.INSPECTION_EXECUTE) && store.inTeamOfHazard(hazardId, actor.username());
	}
}
