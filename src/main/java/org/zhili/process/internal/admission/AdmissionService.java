package org.zhili.process.internal.admission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;
import org.zhili.process.CommunityAdmission;
import org.zhili.process.CommunityAssignmentDecided;
import org.zhili.process.Inbox;
import org.zhili.process.Journal;

/**
 * 社区准入清单: checks community assignments against the list, records each, and lets the 社区治理 office approve or
 * refuse the ones off it — each step on the assignment's timeline (the kit's journal), the decision announced to
 * the loop that asked.
 */
@Service
@Transactional
class AdmissionService implements CommunityAdmission {

	static final String LOOP = "community-assignment";

	/** What the office sends to edit an item. */
	record ItemInput(String name, String basis, LocalDate approvedOn, String keywords, Boolean active) {
	}

	private final AdmissionStore store;
	private final OrgUnits units;
	private final Inbox inbox;
	private final Journal journal;
	private final ApplicationEventPublisher events;
	private final AdmissionProperties properties;
	private final Clock clock;

	AdmissionService(AdmissionStore store, OrgUnits units, Inbox inbox, Journal journal,
			ApplicationEventPublisher events, AdmissionProperties properties, Clock clock) {
		this.store = store;
		this.units = units;
		this.inbox = inbox;
		this.journal = journal;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Answer check(Assignment a, Instant at) {
		boolean community = units.find(a.unitCode()).filter(u -> u.level() == UnitLevel.COMMUNITY).isPresent();
		if (!community) {
			return new Answer(Verdict.NOT_A_COMMUNITY, null, null);
		}
		Optional<WorkItem> item = matched(a);
		if (item.isPresent()) {
			long id = store.insert(a, item.get().id(), AdmissionState.LISTED.name(), at).orElseThrow();
			return new Answer(Verdict.LISTED, id, item.get().name());
		}
		Optional<Long> inserted = store.insert(a, null, AdmissionState.PENDING.name(), at);
		if (inserted.isEmpty()) {
			// already waiting for approval: the same request, not a second one
			return new Answer(Verdict.PENDING, store.pending(a.loop(), a.itemId(), a.unitCode()).orElseThrow().id(), null);
		}
		long id = inserted.get();
		String communityName = unitName(a.unitCode());
		journal.append(new Journal.Step(LOOP, id, "request", "申请准入", a.requestedBy(), a.unitCode(),
				"拟将“" + a.title() + "”交" + communityName + (a.role() == Role.LEAD ? "牵头" : "配合") + "，不在社区准入清单内"
						+ (a.reason() == null ? "" : "；理由：" + a.reason()),
				at));
		if (properties.office() != null) {
			inbox.post(new Inbox.Message(LOOP, id, a.itemRef(), "/community-admission", properties.office(), "APPROVAL",
					"准入审批", unitName(a.assigningUnit()) + "拟将清单外事项“" + a.title() + "”交" + communityName + "，待审批", at,
					null));
		}
		return new Answer(Verdict.PENDING, id, null);
	}

	/** The item the assigning unit named, or the first whose name or keywords the title contains. */
	private Optional<WorkItem> matched(Assignment a) {
		if (a.listItemId() != null) {
			return Optional.of(store.item(a.listItemId()).filter(WorkItem::active)
				.orElseThrow(() -> ApiProblem.badInput("listItemId", "unknown_list_item",
						"社区准入清单中没有编号为 " + a.listItemId() + " 的有效事项")));
		}
		return store.items(true).stream().filter(i -> i.matches(a.title())).findFirst();
	}

	/** Approves or refuses a pending request, with the reason on its timeline; the loop hears of it. */
	AdmissionStore.Request decide(long id, boolean approved, String note, Actor actor) {
		AdmissionStore.Request r = store.find(id)
			.orElseThrow(() -> ApiProblem.notFound("assignment_not_found", "准入申请 " + id + " 不存在"));
		String reason = note == null || note.isBlank() ? null : note.strip();
		if (!approved && reason == null) {
			throw ApiProblem.badInput("note", "reason_required", "不予准入须说明理由");
		}
		if (reason != null && reason.length() > 1000) {
			throw ApiProblem.badInput("note", "note_too_long", "意见最多 1000 字");
		}
		Instant now = clock.instant();
		if (!store.decide(id, approved, actor.username(), reason, now)) {
			throw ApiProblem.conflict("not_pending", "该准入申请已处理（" + AdmissionState.labelOf(r.state()) + "）");
		}
		journal.append(new Journal.Step(LOOP, id, approved ? "approve" : "refuse", approved ? "批准准入" : "不予准入",
				actor.username(), r.communityCode(), reason, now));
		if (r.assigningUnit() != null) {
			inbox.post(new Inbox.Message(LOOP, id, r.itemRef(), r.link(), r.assigningUnit(), (approved ? AdmissionState.APPROVED : AdmissionState.REFUSED).name(),
					approved ? "准入批准" : "不予准入", "“" + r.title() + "”交" + unitName(r.communityCode())
							+ (approved ? "已批准" : "未获准入" + "：" + reason), now, null));
		}
		events.publishEvent(new CommunityAssignmentDecided(id, r.loop(), r.itemId(), r.communityCode(), r.role(),
				approved, actor.username(), reason));
		return store.find(id).orElseThrow();
	}

	WorkItem addItem(ItemInput in, Actor actor) {
		ItemInput c = checked(in, null);
		long id = store.insertItem(c.name(), c.basis(), c.approvedOn(), c.keywords(), actor.username(), clock.instant());
		return store.item(id).orElseThrow();
	}

	WorkItem updateItem(long id, ItemInput in, Actor actor) {
		WorkItem old = store.item(id)
			.orElseThrow(() -> ApiProblem.notFound("list_item_not_found", "清单事项 " + id + " 不存在"));
		ItemInput c = checked(new ItemInput(in.name() == null ? old.name() : in.name(),
				in.basis() == null ? old.basis() : in.basis(), in.approvedOn() == null ? old.approvedOn() : in.approvedOn(),
				in.keywords() == null ? old.keywords() : in.keywords(), in.active()), id);
		boolean active = c.active() == null ? old.active() : c.active();
		store.updateItem(id, c.name(), c.basis(), c.approvedOn(), c.keywords(), active, actor.username(),
				clock.instant());
		return store.item(id).orElseThrow();
	}

	private ItemInput checked(ItemInput in, Long id) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		String name = strip(in.name());
		if (name == null || name.length() > 100) {
			errors.add(new ApiProblem.FieldError("name", "请填写事项名称（最多 100 字）"));
		}
		String basis = strip(in.basis());
		if (basis == null || basis.length() > 300) {
			errors.add(new ApiProblem.FieldError("basis", "请填写设立依据（法律法规或文件，最多 300 字）"));
		}
		if (in.approvedOn() == null) {
			errors.add(new ApiProblem.FieldError("approvedOn", "请填写区里批准列入清单的日期"));
		}
		else if (in.approvedOn().isAfter(LocalDate.ofInstant(clock.instant(), org.zhili.platform.ChinaTime.ZONE))) {
			errors.add(new ApiProblem.FieldError("approvedOn", "批准日期不能晚于今天"));
		}
		String keywords = strip(in.keywords());
		if (keywords != null && keywords.length() > 200) {
			errors.add(new ApiProblem.FieldError("keywords", "关键词最多 200 字"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		boolean activating = in.active() == null || in.active();
		if (activating && store.activeNameTaken(name, id)) {
			throw ApiProblem.conflict("duplicate_item", "清单中已有事项“" + name + "”", Map.of("name", name));
		}
		return new ItemInput(name, basis, in.approvedOn(), keywords, in.active());
	}

	String unitName(String code) {
		return code == null ? "" : units.find(code).map(u -> u.shortName()).orElse(code);
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
