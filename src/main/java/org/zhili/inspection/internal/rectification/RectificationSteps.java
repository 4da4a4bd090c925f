package org.zhili.inspection.internal.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.inspection.Rectifications.Order;
import org.zhili.inspection.Rectifications.Rectification;
import org.zhili.inspection.Rectifications.State;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Action;
import org.zhili.inspection.internal.rectification.RectificationWorkflow.Facts;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;
import org.zhili.process.Photos;
import org.zhili.process.Supervisions;
import org.zhili.process.Workflow;

import static org.zhili.inspection.Rectifications.LOOP;
import static org.zhili.inspection.internal.rectification.RectificationViews.link;
import static org.zhili.inspection.internal.rectification.RectificationViews.number;
import static org.zhili.inspection.internal.rectification.RectificationWorkflow.WORKFLOW;

/**
 * 整改 → 复查 → 销号 on the process kit: the deadline on its clocks, the 挂牌督办 of a 重大隐患 on its 督办, each
 * step in its journal (the timeline), photos in its photo store, the units told in their inbox. Every step is one
 * transaction and writes the state the workflow names.
 */
@Service
@Transactional
public class RectificationSteps {

	private static final int PROBLEM_LENGTH = 1000, NOTE_LENGTH = 1000;

	private final RectificationStore store;
	private final RectificationAccess access;
	private final RectificationViews views;
	private final RectificationClocks clocks;
	private final RectificationRules rules;
	private final RectificationNotices notices;
	private final Supervisions supervisions;
	private final Journal journal;
	private final Photos photos;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final AuditTrail audit;
	private final Clock clock;

	RectificationSteps(RectificationStore store, RectificationAccess access, RectificationViews views,
			RectificationClocks clocks, RectificationRules rules, RectificationNotices notices, Supervisions supervisions,
			Journal journal, Photos photos, OrgUnits units, WorkingCalendar calendar, AuditTrail audit, Clock clock) {
		this.store = store;
		this.access = access;
		this.views = views;
		this.clocks = clocks;
		this.rules = rules;
		this.notices = notices;
		this.supervisions = supervisions;
		this.journal = journal;
		this.photos = photos;
		this.units = units;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens a rectification: its clock starts, the unit is told; a major one is 挂牌督办 at once. A unit besides the
	 * rectifying one may follow it through (a campaign's lead department), or {@code null}; {@code placePath} is the
	 * org path of the place when known (a community), or {@code null} for the street's.
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
		notices.tell(r, "NEW", "整改任务", "请于 " + due + " 前完成整改：" + r.place() + "，" + r.problem(), at);
		if (r.major()) {
			Supervisions.Supervision listed = supervisions.issue(new Supervisions.Order(LOOP, id, number(r), link(id),
					r.unitCode(), rules.majorLevel(), "重大隐患挂牌督办：" + r.place() + "，" + r.problem() + "。请报送整改方案，于 "
							+ due + " 前整改到位，经现场复查后销号",
					null), by, at);
			journal.append(new Journal.Step(LOOP, id, "list", listed.levelLabel(), by, r.unitCode(), listed.note(), at));
		}
		audit.success("inspection.rectification.opened", LOOP + ":" + id,
				number(r) + " " + r.severity().label() + "，" + views.unitName(r.unitCode()) + "，期限 " + due);
		return views.view(r, views.today());
	}

	/** The unit's report, with the photos of what it did ({@code at}: now, or a moment of a history being loaded). */
	public Rectification report(long id, String note, List<PhotoUpload> uploads, Actor by, Instant at) {
		RectificationStore.Row r = access.visible(store.lock(id), by);
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
			notices.tell(r, r.overseerUnit(), "RECHECK", "待复查", waiting, when);
		}
		if (r.major()) {
			notices.tell(r, supervisions.office(), "RECHECK", "待复查", waiting, when);
		}
		return views.view(store.find(id).orElseThrow(), views.today());
	}

	/**
	 * A 复查: passed closes it (销号) with its clocks and open 督办; failed sends it back with a new deadline (and a
	 * 重大隐患 stays 挂牌督办).
	 */
	public Rectification recheck(long id, Boolean passed, boolean onSite, String note, LocalDate due,
			List<PhotoUpload> uploads, Actor by, Instant at) {
		RectificationStore.Row r = access.visible(store.lock(id), by);
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
		State to = passed ? State.CLOSED : State.OPEN;
		store.rechecked(id, to, passed, onSite, text, newDue, by.username(), when);
		String how = onSite ? "现场复查" : "书面复查";
		long step;
		if (passed) {
			clocks.stopAll(id, when);
			supervisions.closeAll(LOOP, id, when);
			step = journal.append(new Journal.Step(LOOP, id, "close", how + "通过，销号", by.username(), r.unitCode(), text, when));
			notices.tell(r, "CLOSED", "已销号", r.place() + "，" + r.problem() + "：复查通过，已销号", when);
		}
		else {
			clocks.start(id, when, newDue);
			step = journal.append(new Journal.Step(LOOP, id, "reopen", how + "未通过，退回整改", by.username(), r.unitCode(),
					text + "；新的整改期限 " + newDue, when));
			notices.tell(r, "REOPENED", "复查未通过", r.place() + "，" + r.problem() + "：复查未通过（" + text + "），请于 " + newDue
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
		return views.view(store.find(id).orElseThrow(), views.today());
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
}
