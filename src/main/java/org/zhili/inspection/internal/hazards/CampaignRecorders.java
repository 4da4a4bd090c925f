package org.zhili.inspection.internal.hazards;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;

/**
 * Who records visits of a campaign: its teams' members, by account and with INSPECTION_EXECUTE, and the managers
 * of its lead department.
 */
@Component
public class CampaignRecorders {

	private final CampaignStore store;

	CampaignRecorders(CampaignStore store) {
		this.store = store;
	}

	/** Whether the account may record visits of the campaign (its teams, its lead department). */
	@Transactional(readOnly = true)
	public boolean mayRecord(long campaignId, Actor actor) {
		CampaignStore.CampaignRow c = store.campaign(campaignId).orElseThrow(CampaignViews::notFound);
		return member(store.teams(campaignId), actor) || leads(c, actor);
	}

	/** The teams the account is a member of. */
	static List<CampaignStore.TeamRow> ownTeams(List<CampaignStore.TeamRow> teams, Actor actor) {
		return teams.stream().filter(t -> t.members().stream().anyMatch(m -> actor.username().equals(m.username()))).toList();
	}

	static boolean member(List<CampaignStore.TeamRow> teams, Actor actor) {
		return actor.has(Permission.INSPECTION_EXECUTE) && !ownTeams(teams, actor).isEmpty();
	}

	static boolean leads(CampaignStore.CampaignRow c, Actor actor) {
		return actor.has(Permission.INSPECTION_MANAGE) && c.leadDepartment().equals(actor.scope().unitCode());
	}
}
