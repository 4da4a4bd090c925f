package org.zhili.inspection.internal.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.inspection.Rectifications;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Action;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Facts;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Party;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Inbox;
import org.zhili.process.Journal;
import org.zhili.process.Photos;
import org.zhili.process.Supervisions;
import org.zhili.process.Workflow;

import static org.zhili.inspection.internal.rectification.RectificationWorkflow.WORKFLOW;

/**
 * 整改 → 复查 → 销号 on the process kit: the deadline on its clocks, the 挂牌督办 of a 重大隐患 and the 督办 of an
 * overdue one on its 督办, each step in its journal (the timeline), photos in its photo store, the unit told in
 * its inbox. Every step is one transaction and writes the state the workflow names.
 */
@Service
@Transactional
public class RectificationService implements Rectifications {

	static final int PROBLEM_LENGTH = 1000, NOTE_LENGTH = 1000, MAX_LIST = 2000;
	private static final String SYSTEM = "system";

	private final RectificationStore store;
	private final RectificationAccess access;
	private final RectificationClocks clocks;
	private final RectificationRules rules;
	private final Supervisions supervisions;
	private final Inbox inbox;
	private final Journal journal;
	private final Photos photos;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final AuditTrail audit;
	private final Clock clock;
	private final String office;

	RectificationService(RectificationStore store, RectificationAccess access, RectificationClocks clocks,
			RectificationRules rules, Supervisions supervisions, Inbox inbox, Journal journal, Photos photos,
			OrgUnits units, WorkingCalendar calendar, AuditTrail audit, Clock clock,
			@Value("${zhili.process.supervision.office}") String office) {
		this.store = store;
		this.access = access;
		this.clocks = clocks;
		this.rules = rules;
		this.supervisions = supervisions;
		this.inbox = inbox;
		this.journal = journal;
		this.photos = photos;
		this.units = units;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.office = office;
	}

	// ---- steps -----------------------------------------------------------------------------------------

	@Override
	public Rectification open(Order order, String by, Instant at) {
		return open(order, null, null, by, at);
	}

	/**
	 * Opens a rectification that a unit besides the rectifying one follows through (a campaign's lead department),
	 * at a place whose org path is known (a community), or {@code null} for the street's.
	 */
	public Rectification open(Order order, String placePath, String overseerUnit, String by, Instant at) {
		check(order);
		LocalDate due = workingDay(order.due());
		String path = placePath != null ? placePath
				: order.streetCode() == null ? null : units.find(order.streetCode()).map(OrgUnit::path).orElse(null);
		long id = store.insert(order, due, path, overseerUnit, by, at);
		RectificationStore.Row r = store.find(id).orElseThrow();
		clocks.start(id, at, due);
		journal.append(new Journal.Step(LOOP, id, "open", "下达整改", by, r.unitCode(),
				r.severity().label() + "隐患：" + r.problem() + "（" + r.place() + "），整改期限 " + due, at));
		tell(r, "NEW", "整改任务", "请于 " + due + " 前完成整改：" + r.place() + "，" + r.problem(), at);
		if (r.major()) {
			Supervisions.Supervision listed = supervisions.issue(new Supervisions.Order(LOOP, id, number(r), link(id),
					r.unitCode(), rules.majorLevel(), "重大隐患挂牌督办：" + r.place() + "，" + r.problem() + "。请报送整改方案，于 "
							+ due + " 前整改到位，经现场复查后销号",
					null), by, at);
			journal.append(new Journal.Step(LOOP, id, "list", listed.levelLabel(), by, r.unitCode(), listed.note(), at));
		}
		audit.success("inspection.rectification.opened", LOOP + ":" + id,
				number(r) + " " + r.severity().label() + "，" + unitName(r.unitCode()) + "，期限 " + due);
		return view(r, today());
	}

	@Override
	public Rectification report(long id, String note, Actor by, Instant at) {
		return report(id, note, List.of(), by, at);
	}

	/** The unit's report, with the photos of what it did. */
	public Rectification report(long id, String note, List<PhotoUpload> uploads, Actor by, Instant at) {
		RectificationStore.Row r = visibleLocked(id, by);
		checkStep(Action.REPORT, r, by, List.of(Workflow.Given.of(Workflow.Input.REASON, "note", note)));
		String text = text(note, "note", "整改情况");
		Instant when = notLater(at);
		store.reported(id, WORKFLOW.target(Action.REPORT), text, by.username(), when);
		clocks.stop(id, when);
		long step = journal.append(new Journal.Step(LOOP, id, "report", Action.REPORT.label(), by.username(), r.unitCode(),
				text + (uploads.isEmpty() ? "" : "（照片" + uploads.size() + "张）"), when));
		keep(id, step, uploads, by, when);
		String waiting = r.place() + "，" + r.problem() + "：整改单位报告已整改，待复查" + (r.major() ? "（重大隐患须现场复查）" : "");
		if (r.overseerUnit() != null) {
			tell(r, r.overseerUnit(), "RECHECK", "待复查", waiting, when);
		}
		if (r.major()) {
			tell(r, office, "RECHECK", "待复查", waiting, when);
		}
		return view(store.find(id).orElseThrow(), today());
	}

	@Override
	public Rectification recheck(long id, Recheck recheck, Actor by, Instant at) {
		return recheck(id, recheck.passed(), recheck.onSite(), recheck.note(), recheck.due(), List.of(), by, at);
	}

	/**
	 * A 复查: passed closes it (销号) with its clocks and open 督办; failed sends it back with a new deadline (and a
	 * 重大隐患 stays 挂牌督办).
	 */
	public Rectification recheck(long id, Boolean passed, boolean onSite, String note, LocalDate due,
			List<PhotoUpload> uploads, Actor by, Instant at) {
		RectificationStore.Row r = visibleLocked(id, by);
		checkStep(Action.RECHECK, r, by, List.of(Workflow.Given.of(Workflow.Input.RESULT, "passed", passed),
				Workflow.Given.of(Workflow.Input.REASON, "note", note)));
		String text = text(note, "note", "复查意见");
		if (r.major() && passed && !onSite) {
			throw ApiProblem.conflict("on_site_recheck_required", "重大隐患须经整改单位以外的人员现场复查通过后方可销号："
					+ "请到现场复查后提交（onSite=true）");
		}
		Instant when = notLater(at);
		LocalDate today = LocalDate.ofInstant(when, calendar.zone());
		LocalDate newDue = null;
		if (!passed) {
			newDue = due != null ? due : calendar.addWorkingDays(today, rules.redoWorkingDays());
			if (!newDue.isAfter(today)) {
				throw ApiProblem.badInput("due", "invalid_due", "新的整改期限须晚于复查当天（" + today + "）");
			}
			newDue = workingDay(newDue);
		}
		Rectifications.State to = passed ? State.CLOSED : State.OPEN;
		store.rechecked(id, to, passed, onSite, text, newDue, by.username(), when);
		String how = onSite ? "现场复查" : "书面复查";
		long step;
		if (passed) {
			clocks.stopAll(id, when);
			supervisions.closeAll(LOOP, id, when);
			step = journal.append(new Journal.Step(LOOP, id, "close", how + "通过，销号", by.username(), r.unitCode(), text, when));
			tell(r, "CLOSED", "已销号", r.place() + "，" + r.problem() + "：复查通过，已销号", when);
		}
		else {
			clocks.start(id, when, newDue);
			step = journal.append(new Journal.Step(LOOP, id, "reopen", how + "未通过，退回整改", by.username(), r.unitCode(),
					text + "；新的整改期限 " + newDue, when));
			tell(r, "REOPENED", "复查未通过", r.place() + "，" + r.problem() + "：复查未通过（" + text + "），请于 " + newDue
					+ " 前重新整改", when);
			if (r.major() && supervisions.of(LOOP, id).stream().noneMatch(s -> s.state() == Supervisions.State.OPEN)) {
				Supervisions.Supervision listed = supervisions.issue(new Supervisions.Order(LOOP, id, number(r), link(id),
						r.unitCode(), rules.majorLevel(), "复查未通过，继续挂牌督办：" + r.place() + "，" + r.problem() + "。请于 "
								+ newDue + " 前整改到位",
						null), by.username(), when);
				journal.append(new Journal.Step(LOOP, id, "list", listed.levelLabel(), by.username(), r.unitCode(),
						listed.note(), when));
			}
		}
		keep(id, step, uploads, by, when);
		audit.success("inspection.rectification.rechecked", LOOP + ":" + id,
				number(r) + " " + how + (passed ? "通过，销号" : "未通过，期限 " + newDue) + "：" + text);
		return view(store.find(id).orElseThrow(), today());
	}

	/** The deadline warned or ran out: the unit is told, and 督办 once it is overdue — if it still has to act. */
	void deadlineAlarm(long id, boolean overdue) {
		RectificationStore.Row r = store.lock(id).orElse(null);
		if (r == null || r.state() != State.OPEN) {
			return;
		}
		Instant now = clock.instant();
		if (!overdue) {
			inbox.post(new Inbox.Message(LOOP, id, number(r), link(id), r.unitCode(), "DEADLINE", "整改临期",
					"整改期限将至（" + r.due() + "）：" + r.place() + "，" + r.problem(), now,
					"rectification-warn-" + id + "-" + r.due()));
			return;
		}
		journal.append(new Journal.Step(LOOP, id, "overdue", "整改超期", SYSTEM, r.unitCode(), "整改期限 " + r.due() + " 已过，未报告整改完成", now));
		Supervisions.Supervision s = supervisions.issue(new Supervisions.Order(LOOP, id, number(r), link(id), r.unitCode(),
				rules.overdueLevel().get(r.severity()), "整改逾期：" + r.place() + "，" + r.problem() + "（期限 " + r.due()
						+ "）。请立即整改并报告",
				null), SYSTEM, now);
		journal.append(new Journal.Step(LOOP, id, "supervise", s.levelLabel(), SYSTEM, r.unitCode(), s.note(), now));
	}

	/** A 督办 of the item climbed a level: the timeline says so (the kit keeps the 督办 itself). */
	void escalating(Supervisions.Supervision unanswered, String nextLabel, String note) {
		RectificationStore.Row r = store.lock(unanswered.itemId()).orElse(null);
		if (r == null || nextLabel == null) {
			return;
		}
		journal.append(new Journal.Step(LOOP, r.id(), "supervise", nextLabel, SYSTEM, r.unitCode(), note, clock.instant()));
	}

	// ---- reading ---------------------------------------------------------------------------------------

	@Override
	@Transactional(readOnly = true)
	public List<Rectification> ofSource(String sourceLoop, long sourceId) {
		LocalDate today = today();
		return store.ofSource(sourceLoop, sourceId).stream().map(r -> view(r, today)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Rectification get(long id, Actor reader) {
		return view(visible(id, reader), today());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Rectification> list(Query query, Actor reader) {
		LocalDate today = today();
		Query q = new Query(query.state(), query.severity(), query.streetCode(), query.overdue(), query.sourceLoop(),
				Math.max(1, Math.min(query.limit(), MAX_LIST)));
		return store.list(q, access.visibility(reader), today).stream().map(r -> view(r, today)).toList();
	}

	/** Rectifications by id, whoever reads (for the loops that opened them: a campaign's ledger). */
	@Transactional(readOnly = true)
	public Map<Long, Rectification> byIds(java.util.Collection<Long> ids) {
		LocalDate today = today();
		Map<Long, Rectification> all = new java.util.HashMap<>();
		store.byIds(ids).forEach(r -> all.put(r.id(), view(r, today)));
		return all;
	}

	/** The last 复查's result as people read it, by id (for the ledger). */
	@Transactional(readOnly = true)
	public Map<Long, String> rechecks(java.util.Collection<Long> ids) {
		Map<Long, String> all = new java.util.HashMap<>();
		store.byIds(ids).forEach(r -> {
			if (r.recheckPassed() != null) {
				all.put(r.id(), recheckText(r));
			}
		});
		return all;
	}

	/** One rectification with everything its page shows, if the reader may see it. */
	@Transactional(readOnly = true)
	public RectificationDetail detail(long id, Actor reader) {
		RectificationStore.Row r = visible(id, reader);
		Set<Party> parties = access.parties(r, reader);
		List<String> actions = WORKFLOW.allowed(new Facts(r.state(), r.major()), parties).stream().map(Workflow::path).toList();
		List<RectificationDetail.PhotoView> photoViews = photos.of(LOOP, id).stream()
			.map(p -> new RectificationDetail.PhotoView(p.id(), p.fileName(), p.step(), p.uploadedBy(), p.uploadedAt(),
					"/api/v1/photos/" + LOOP + "/" + id + "/" + p.id()))
			.toList();
		return new RectificationDetail(view(r, today()), number(r), streetName(r.streetCode()), r.rounds(), r.openedBy(),
				r.reportedBy(), r.reportNote(), r.recheckedAt(), r.recheckedBy(), r.recheckPassed() == null ? null : recheckText(r),
				r.recheckNote(), r.major(), actions, journal.timeline(LOOP, id), photoViews, supervisions.of(LOOP, id));
	}

	/** Whether the reader may see the rectification (and so its photos, which the kit serves). */
	@Transactional(readOnly = true)
	public boolean maySee(long id, Actor reader) {
		return store.find(id).filter(r -> access.sees(r, reader)).isPresent();
	}

	/** The timeline, for a reader who may see the rectification. */
	@Transactional(readOnly = true)
	public List<org.zhili.process.TimelineEntry> timeline(long id, Actor reader) {
		visible(id, reader);
		return journal.timeline(LOOP, id);
	}

	// ---- helpers ---------------------------------------------------------------------------------------

	static String number(RectificationStore.Row r) {
		return number(r.id(), r.openedAt());
	}

	/** ZG, the year it was opened and the id: what people quote. */
	static String number(long id, Instant openedAt) {
		return "ZG" + LocalDate.ofInstant(openedAt, ChinaTime.ZONE).getYear() + "-" + String.format("%05d", id);
	}

	static String link(long id) {
		return "/inspection/rectifications/" + id;
	}

	static String recheckText(RectificationStore.Row r) {
		return (Boolean.TRUE.equals(r.recheckPassed()) ? "通过" : "未通过")
				+ (Boolean.TRUE.equals(r.recheckOnSite()) ? "（现场复查）" : "（书面复查）");
	}

	private void check(Order o) {
		if (o.sourceLoop() == null || o.sourceLoop().isBlank()) {
			throw ApiProblem.badInput("sourceLoop", "invalid_source", "请说明整改事项的来源");
		}
		if (o.place() == null || o.place().isBlank() || o.place().length() > 300) {
			throw ApiProblem.badInput("place", "invalid_place", "场所不能为空，且不超过300字");
		}
		if (o.unitCode() == null || units.find(o.unitCode()).isEmpty()) {
			throw ApiProblem.badInput("unitCode", "unknown_unit", "整改单位 " + o.unitCode() + " 不存在");
		}
		if (o.problem() == null || o.problem().isBlank() || o.problem().length() > PROBLEM_LENGTH) {
			throw ApiProblem.badInput("problem", "invalid_problem", "问题描述不能为空，且不超过" + PROBLEM_LENGTH + "字");
		}
		if (o.severity() == null) {
			throw ApiProblem.badInput("severity", "severity_required", "请选择隐患等级：一般或重大");
		}
		if (o.due() == null) {
			throw ApiProblem.badInput("due", "due_required", "请给出整改期限");
		}
	}

	private void checkStep(Action action, RectificationStore.Row r, Actor by, List<Workflow.Given> given) {
		Facts facts = new Facts(r.state(), r.major());
		String stateText = "“" + r.state().label() + "”" + (r.major() ? "的重大隐患" : "");
		WORKFLOW.check(action, facts, access.parties(r, by), stateText);
		WORKFLOW.checkInputs(action, given);
	}

	private RectificationStore.Row visibleLocked(long id, Actor reader) {
		RectificationStore.Row r = store.lock(id).orElseThrow(RectificationService::notFound);
		if (!access.sees(r, reader)) {
			throw notFound();
		}
		return r;
	}

	private RectificationStore.Row visible(long id, Actor reader) {
		RectificationStore.Row r = store.find(id).orElseThrow(RectificationService::notFound);
		if (!access.sees(r, reader)) {
			throw notFound();
		}
		return r;
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("rectification_not_found", "没有这个整改事项");
	}

	private static String text(String value, String field, String name) {
		if (value == null || value.isBlank() || value.strip().length() > NOTE_LENGTH) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不能为空，且不超过" + NOTE_LENGTH + "字");
		}
		return value.strip();
	}

	/** A step's moment: now, or a moment of a history being loaded — never one to come. */
	private Instant notLater(Instant at) {
		Instant now = clock.instant();
		if (at == null) {
			return now;
		}
		if (at.isAfter(now.plusSeconds(60))) {
			throw ApiProblem.badInput("at", "future_step", "不能记录尚未发生的步骤");
		}
		return at;
	}

	private void keep(long id, long step, List<PhotoUpload> uploads, Actor by, Instant at) {
		for (PhotoUpload u : uploads) {
			photos.store(LOOP, id, step, u.fileName(), u.bytes(), by.username(), at);
		}
	}

	/** A date deadline ends on a working day, as the clock counts it: shown as it is kept. */
	private LocalDate workingDay(LocalDate day) {
		return calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
	}

	private void tell(RectificationStore.Row r, String kind, String kindLabel, String text, Instant at) {
		tell(r, r.unitCode(), kind, kindLabel, text, at);
	}

	private void tell(RectificationStore.Row r, String unit, String kind, String kindLabel, String text, Instant at) {
		inbox.post(new Inbox.Message(LOOP, r.id(), number(r), link(r.id()), unit, kind, kindLabel, text(text), at, null));
	}

	/** An inbox message holds 300 characters. */
	private static String text(String text) {
		return text.length() <= 300 ? text : text.substring(0, 299) + "…";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), calendar.zone());
	}

	private String unitName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::name).orElse(code);
	}

	private String streetName(String code) {
		return code == null ? null : units.find(code).map(OrgUnit::name).orElse(code);
	}

	Rectification view(RectificationStore.Row r, LocalDate today) {
		return new Rectification(r.id(), r.sourceLoop(), r.sourceId(), r.sourceRef(), r.link(), r.subjectId(), r.place(),
				r.streetCode(), r.unitCode(), unitName(r.unitCode()), r.problem(), r.severity(), r.due(), r.state(),
				r.state() == State.OPEN && today.isAfter(r.due()), r.openedAt(), r.reportedAt(), r.closedAt());
	}

	/** Kept for the list page: numbers and street names of many rows at once. */
	List<RectificationLine> lines(List<Rectification> items) {
		List<RectificationLine> lines = new ArrayList<>(items.size());
		for (Rectification r : items) {
			lines.add(new RectificationLine(r, number(r.id(), r.openedAt()), streetName(r.streetCode())));
		}
		return lines;
	}
}
