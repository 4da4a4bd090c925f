package org.zhili.inspection.internal.hazards;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.Permission;
import org.zhili.inspection.HazardCampaigns.NewCampaign;
import org.zhili.inspection.HazardCampaigns.NewTeam;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;

import static org.zhili.inspection.internal.hazards.CampaignInputs.blank;
import static org.zhili.inspection.internal.hazards.CampaignInputs.required;

/** Starting a campaign: its kind and period, its lead department, its checklist, its teams and its sites. */
@Service
@Transactional
public class CampaignSetup {

	private final CampaignStore store;
	private final CampaignTargets targets;
	private final HazardRules rules;
	private final OrgUnits units;
	private final AuditTrail audit;
	private final Clock clock;

	CampaignSetup(CampaignStore store, CampaignTargets targets, HazardRules rules, OrgUnits units, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.targets = targets;
		this.rules = rules;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts the campaign; its id. */
	long create(NewCampaign c, Actor by) {
		String name = required(c.name(), "name", 200, "行动名称");
		if (c.kind() == null || !rules.kinds().contains(c.kind())) {
			throw ApiProblem.badInput("kind", "invalid_kind", "排查类别须为：" + String.join("、", rules.kinds()));
		}
		if (c.startsOn() == null || c.endsOn() == null || c.endsOn().isBefore(c.startsOn())) {
			throw ApiProblem.badInput("endsOn", "invalid_period", "请填写起止日期，结束日期不早于开始日期");
		}
		OrgUnit lead = units.find(c.leadDepartment() == null ? "" : c.leadDepartment())
			.filter(u -> u.level() == UnitLevel.DEPARTMENT)
			.orElseThrow(() -> ApiProblem.badInput("leadDepartment", "unknown_department", "牵头部门 " + c.leadDepartment() + " 不存在"));
		if (!by.has(Permission.INSPECTION_SUPERVISE) && !lead.code().equals(by.scope().unitCode())) {
			throw ApiProblem.forbidden("not_your_department", "只能以本部门为牵头部门发起排查行动");
		}
		List<String> checklist = checklist(c.checklist());
		List<NewTeam> teams = teams(c.teams());
		List<CampaignStore.NewSite> sites = targets.sites(c.targets(), rules.maxSites());
		String description = c.description() == null || c.description().isBlank() ? null
				: required(c.description(), "description", 2000, "说明");
		Instant now = clock.instant();
		long id = store.insertCampaign(name, c.kind(), c.startsOn(), c.endsOn(), lead.code(), checklist, description,
				by.username(), now);
		for (NewTeam t : teams) {
			store.insertTeam(id, t.name().strip(), blank(t.streetCode()), blank(t.area()), t.members());
		}
		store.insertSites(id, sites);
		audit.success("inspection.hazards.campaign.created", "hazard-campaign:" + id,
				name + "，" + c.startsOn() + "至" + c.endsOn() + "，" + sites.size() + "个检查对象，" + teams.size() + "个检查组");
		return id;
	}

	private List<String> checklist(List<String> items) {
		if (items == null || items.isEmpty() || items.size() > rules.maxChecklist()) {
			throw ApiProblem.badInput("checklist", "invalid_checklist", "检查清单须有1至" + rules.maxChecklist() + "项");
		}
		Set<String> seen = new LinkedHashSet<>();
		for (String item : items) {
			if (item == null || item.isBlank() || item.strip().length() > 200 || !seen.add(item.strip())) {
				throw ApiProblem.badInput("checklist", "invalid_checklist", "检查清单的每一项不能为空、不能重复，且不超过200字");
			}
		}
		return List.copyOf(seen);
	}

	private List<NewTeam> teams(List<NewTeam> teams) {
		if (teams == null || teams.isEmpty()) {
			throw ApiProblem.badInput("teams", "teams_required", "请至少组建一个检查组");
		}
		Set<String> names = new HashSet<>();
		for (NewTeam t : teams) {
			if (t == null || t.name() == null || t.name().isBlank() || t.name().strip().length() > 100 || !names.add(t.name().strip())) {
				throw ApiProblem.badInput("teams", "invalid_team", "检查组名称不能为空、不能重复，且不超过100字");
			}
			if (blank(t.streetCode()) != null && units.find(t.streetCode()).filter(u -> u.level() == UnitLevel.STREET).isEmpty()) {
				throw ApiProblem.badInput("teams", "unknown_street", "检查组“" + t.name() + "”的街道 " + t.streetCode() + " 不存在");
			}
			if (t.members() == null || t.members().isEmpty()
					|| t.members().stream().anyMatch(m -> m == null || m.name() == null || m.name().isBlank() || m.name().length() > 50)) {
				throw ApiProblem.badInput("teams", "invalid_members", "检查组“" + t.name() + "”须有成员，每人填写姓名（不超过50字）");
			}
		}
		return teams;
	}
}
