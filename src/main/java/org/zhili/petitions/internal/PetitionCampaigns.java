package org.zhili.petitions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;

import static org.zhili.petitions.internal.PetitionRegistration.LOOP;

/**
 * 积案化解 (清仓见底): a campaign takes the backlog as it stands — petitions handled longer than {@code backlog-days}
 * or reopened by 复查/复核 — with a target date; its report shows progress per unit, as the weekly meeting reads it.
 */
@Service
@Transactional
public class PetitionCampaigns {

	/** A unit's share of the campaign; {@code resolvedThisWeek} counts those resolved in the last seven days. */
	record UnitProgress(String unitName, int total, int resolved, int resolvedThisWeek) {
	}

	record Item(long id, String trackingNumber, String title, String unitName, String stateLabel, boolean resolved,
			String reason) {
	}

	/** The weekly report: where the campaign stands, and what the last seven days (from {@code weekFrom}) added. */
	record Report(long id, String title, LocalDate targetDate, int total, int resolved, LocalDate weekFrom,
			int resolvedThisWeek, List<UnitProgress> units, List<Item> items) {
	}

	private final PetitionStore store;
	private final PetitionRules rules;
	private final PetitionAccess access;
	private final PetitionViews views;
	private final Journal journal;
	private final Clock clock;

	PetitionCampaigns(PetitionStore store, PetitionRules rules, PetitionAccess access, PetitionViews views,
			Journal journal, Clock clock) {
		this.clock = clock;
		this.store = store;
		this.rules = rules;
		this.access = access;
		this.views = views;
		this.journal = journal;
	}

	long open(String title, LocalDate target, Actor by, Instant at) {
		if (!by.has(Permission.PETITION_REGISTER)) {
			throw ApiProblem.forbidden("not_a_petition_office", "积案化解专项由信访部门发起");
		}
		if (title == null || title.isBlank()) {
			throw ApiProblem.badInput("title", "title_required", "请填写专项名称");
		}
		if (target == null || !target.isAfter(LocalDate.ofInstant(at, PetitionViews.ZONE))) {
			throw ApiProblem.badInput("targetDate", "invalid_target", "目标日期应晚于今天");
		}
		long id = store.insertCampaign(title.strip(), target, by.username(), at);
		for (PetitionStore.Row r : store.byIds(store.backlog(at.minus(java.time.Duration.ofDays(rules.backlogDays()))))) {
			String reason = r.reviewRound() > 0 || r.state() != org.zhili.petitions.PetitionState.HANDLING ? "复查复核中" : "超过办理期限";
			store.addToCampaign(id, r.id(), reason);
			journal.append(new Journal.Step(LOOP, r.id(), "campaign", "列入积案化解", by.username(), r.handlingUnit(),
					title.strip() + "，目标 " + target, at));
		}
		return id;
	}

	@Transactional(readOnly = true)
	List<PetitionStore.CampaignRow> list() {
		return store.campaigns();
	}

	/** The campaign's progress, over the petitions the reader may see. */
	@Transactional(readOnly = true)
	Report report(long id, Actor reader) {
		PetitionStore.CampaignRow c = store.campaign(id)
			.orElseThrow(() -> ApiProblem.notFound("campaign_not_found", "没有这个积案化解专项"));
		Map<Long, String> reasons = new LinkedHashMap<>();
		store.campaignItems(id).forEach(i -> reasons.put(i.petitionId(), i.reason()));
		List<Item> items = new ArrayList<>();
		Map<String, int[]> byUnit = new LinkedHashMap<>();
		Instant weekStart = clock.instant().minus(java.time.Duration.ofDays(7));
		for (PetitionStore.Row r : store.byIds(reasons.keySet())) {
			if (!access.sees(r, reader)) {
				continue;
			}
			boolean resolved = r.state() != org.zhili.petitions.PetitionState.HANDLING
					&& r.state() != org.zhili.petitions.PetitionState.REVIEWING
					&& r.state() != org.zhili.petitions.PetitionState.RE_REVIEWING;
			String unit = views.unitName(r.handlingUnit());
			items.add(new Item(r.id(), r.trackingNumber(), r.title(), unit, r.state().label(), resolved, reasons.get(r.id())));
			Instant resolvedAt = r.closedAt() != null ? r.closedAt() : r.repliedAt();
			int[] n = byUnit.computeIfAbsent(unit == null ? "—" : unit, k -> new int[3]);
			n[0]++;
			n[1] += resolved ? 1 : 0;
			n[2] += resolved && resolvedAt != null && resolvedAt.isAfter(weekStart) ? 1 : 0;
		}
		List<UnitProgress> units = byUnit.entrySet().stream()
			.map(e -> new UnitProgress(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
		return new Report(c.id(), c.title(), c.targetDate(), items.size(),
				(int) items.stream().filter(Item::resolved).count(), LocalDate.ofInstant(weekStart, PetitionViews.ZONE),
				units.stream().mapToInt(UnitProgress::resolvedThisWeek).sum(), units, items);
	}
}
