package org.zhili.inspection.internal.hazards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.inspection.HazardCampaigns.Member;
import org.zhili.inspection.HazardCampaigns.NewHazard;
import org.zhili.inspection.HazardCampaigns.NewVisit;
import org.zhili.inspection.HazardCampaigns.SiteKind;
import org.zhili.inspection.Rectifications;
import org.zhili.inspection.Rectifications.Severity;
import org.zhili.inspection.internal.rectification.RectificationSteps;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;

import static org.zhili.inspection.HazardCampaigns.LOOP;
import static org.zhili.inspection.internal.hazards.CampaignInputs.blank;
import static org.zhili.inspection.internal.hazards.CampaignInputs.required;

/**
 * A team's visit and the hazards it found. A hazard fixed on the spot is recorded as such; one that is not opens a
 * rectification with the responsible unit (the site's street, or for a subject the campaign's lead department) and
 * a deadline, which the lead department follows through. Each hazard's steps go into the kit's journal.
 */
@Service
@Transactional
public class VisitRecording {

	private final CampaignStore store;
	private final HazardRules rules;
	private final RectificationSteps rectifications;
	private final Journal journal;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final Clock clock;

	VisitRecording(CampaignStore store, HazardRules rules, RectificationSteps rectifications, Journal journal,
			OrgUnits units, WorkingCalendar calendar, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.rectifications = rectifications;
		this.journal = journal;
		this.units = units;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Records the visit and its hazards; the visit's id. */
	long record(long campaignId, NewVisit v, Actor by) {
		Instant now = clock.instant();
		CampaignStore.CampaignRow c = store.lockCampaign(campaignId).orElseThrow(CampaignViews::notFound);
		List<CampaignStore.TeamRow> teams = store.teams(campaignId);
		List<CampaignStore.TeamRow> own = CampaignRecorders.ownTeams(teams, by);
		boolean leads = CampaignRecorders.leads(c, by);
		if (!CampaignRecorders.member(teams, by) && !leads) {
			throw ApiProblem.forbidden("not_in_team", "只有本次行动检查组的成员（或牵头部门）可以记录检查");
		}
		CampaignStore.TeamRow team = team(v.teamId(), teams, own, leads);
		Instant visitedAt = v.visitedAt() == null ? now : v.visitedAt();
		if (visitedAt.isAfter(now.plusSeconds(60))) {
			throw ApiProblem.badInput("visitedAt", "future_visit", "检查时间不能晚于现在");
		}
		LocalDate day = LocalDate.ofInstant(visitedAt, calendar.zone());
		if (day.isBefore(c.startsOn()) || day.isAfter(c.endsOn())) {
			throw ApiProblem.conflict("campaign_not_running", "检查时间须在行动期间（" + c.startsOn() + "至" + c.endsOn() + "）内");
		}
		CampaignStore.SiteRow site = store.site(campaignId, v.siteId())
			.orElseThrow(() -> ApiProblem.badInput("siteId", "unknown_site", "本次行动没有这个检查对象"));
		List<String> checked = items(v.checked(), c.checklist(), "checked");
		String note = v.note() == null || v.note().isBlank() ? null : required(v.note(), "note", 1000, "检查记录");
		List<String> visitors = visitors(v.visitors(), team, by);
		List<NewHazard> found = v.hazards() == null ? List.of() : v.hazards();
		for (int i = 0; i < found.size(); i++) {
			check(found.get(i), i, c, day);
		}
		long visitId = store.insertVisit(campaignId, site.id(), team == null ? null : team.id(), visitedAt, visitors,
				checked, note, by.username(), now);
		for (NewHazard h : found) {
			hazard(c, site, visitId, h, by, visitedAt);
		}
		return visitId;
	}

	/** The team a visit is for: the one named (the recorder's own, unless the lead department records), or the recorder's first. */
	private static CampaignStore.TeamRow team(Long teamId, List<CampaignStore.TeamRow> all, List<CampaignStore.TeamRow> own,
			boolean leads) {
		if (teamId == null) {
			return own.isEmpty() ? null : own.get(0);
		}
		CampaignStore.TeamRow team = all.stream().filter(t -> t.id() == teamId).findFirst()
			.orElseThrow(() -> ApiProblem.badInput("teamId", "unknown_team", "本次行动没有这个检查组"));
		if (!leads && !own.contains(team)) {
			throw ApiProblem.forbidden("not_in_team", "只能为自己所在的检查组记录检查");
		}
		return team;
	}

	private void check(NewHazard h, int i, CampaignStore.CampaignRow c, LocalDate day) {
		String field = "hazards[" + i + "]";
		if (h == null || h.description() == null || h.description().isBlank() || h.description().strip().length() > 1000) {
			throw ApiProblem.badInput(field + ".description", "invalid_description", "隐患描述不能为空，且不超过1000字");
		}
		if (h.severity() == null) {
			throw ApiProblem.badInput(field + ".severity", "severity_required", "请选择隐患等级：一般或重大");
		}
		if (h.severity() == Severity.MAJOR && h.fixedOnSpot()) {
			throw ApiProblem.badInput(field + ".fixedOnSpot", "major_not_on_spot", "重大隐患须挂牌督办、限期整改，经现场复查后销号，不能按现场整改记录");
		}
		if (h.checklistItem() != null && !h.checklistItem().isBlank() && !c.checklist().contains(h.checklistItem())) {
			throw ApiProblem.badInput(field + ".checklistItem", "unknown_checklist_item", "检查清单中没有“" + h.checklistItem() + "”");
		}
		if (!h.fixedOnSpot()) {
			if (h.unitCode() != null && !h.unitCode().isBlank() && units.find(h.unitCode()).isEmpty()) {
				throw ApiProblem.badInput(field + ".unitCode", "unknown_unit", "整改单位 " + h.unitCode() + " 不存在");
			}
			if (h.due() != null && !h.due().isAfter(day)) {
				throw ApiProblem.badInput(field + ".due", "invalid_due", "整改期限须晚于检查当天（" + day + "）");
			}
		}
	}

	private void hazard(CampaignStore.CampaignRow c, CampaignStore.SiteRow site, long visitId, NewHazard h, Actor by, Instant at) {
		String item = blank(h.checklistItem());
		String description = h.description().strip();
		long id = store.insertHazard(c.id(), visitId, site.id(), item, description, h.severity(), h.fixedOnSpot(), at);
		String number = CampaignViews.number(id, at);
		String place = CampaignViews.place(site);
		journal.append(new Journal.Step(LOOP, id, "found", "发现隐患", by.username(), site.streetCode(),
				h.severity().label() + "隐患：" + description + "（" + place + "）", at));
		if (h.fixedOnSpot()) {
			journal.append(new Journal.Step(LOOP, id, "fixed", "现场整改", by.username(), site.streetCode(), null, at));
			return;
		}
		String unit = blank(h.unitCode()) != null ? h.unitCode()
				: site.kind() == SiteKind.SUBJECT || site.streetCode() == null ? c.leadDepartment() : site.streetCode();
		LocalDate day = LocalDate.ofInstant(at, calendar.zone());
		LocalDate due = h.due() != null ? h.due() : calendar.addWorkingDays(day, rules.rectifyWithinDays().get(h.severity()));
		Rectifications.Rectification r = rectifications.open(new Rectifications.Order(LOOP, id, number,
				CampaignViews.link(c.id(), id), site.subjectId(), place, site.streetCode(), unit, description, h.severity(),
				due), site.path(), unit.equals(c.leadDepartment()) ? null : c.leadDepartment(), by.username(), at);
		store.linkRectification(id, r.id());
		journal.append(new Journal.Step(LOOP, id, "rectify", h.severity() == Severity.MAJOR ? "挂牌督办、限期整改" : "限期整改",
				by.username(), unit, "整改单位：" + r.unitName() + "，整改期限 " + r.due(), at));
	}

	private static List<String> items(List<String> given, List<String> checklist, String field) {
		if (given == null) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String item : given) {
			if (item == null || !checklist.contains(item)) {
				throw ApiProblem.badInput(field, "unknown_checklist_item", "检查清单中没有“" + item + "”");
			}
			items.add(item);
		}
		return List.copyOf(items);
	}

	/** Who went: as given, or the team's members, or the recorder. */
	private static List<String> visitors(List<String> given, CampaignStore.TeamRow team, Actor by) {
		List<String> names = given == null ? List.of() : given.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
		if (names.stream().anyMatch(n -> n.length() > 50) || names.size() > 20) {
			throw ApiProblem.badInput("visitors", "invalid_visitors", "检查人员最多20人，每人姓名不超过50字");
		}
		if (!names.isEmpty()) {
			return names;
		}
		if (team != null) {
			return team.members().stream().map(Member::name).toList();
		}
		return List.of(by.username());
	}
}
