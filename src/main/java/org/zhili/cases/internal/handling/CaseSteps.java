package org.zhili.cases.internal.handling;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseWorkflow;
import org.zhili.process.Supervisions;
import org.zhili.process.SupervisionLevel;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseClosed;
import org.zhili.cases.CaseDispatched;
import org.zhili.cases.CaseReturned;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.cases.PendingRequest;
import org.zhili.cases.internal.categories.Categories;
import org.zhili.cases.internal.categories.Category;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CasesProperties;
import org.zhili.cases.internal.record.Stage;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * What each action does to a case, once {@link org.zhili.cases.CaseWorkflow} has allowed it: the change of
 * the case, its timeline row, the counters of the 三率, the timers of new deadlines and the messages to
 * the units concerned.
  * The steps that end a round — review, follow-up, close, merge — are {@link ClosingSteps}.
 */
@Component
public class CaseSteps {

	private static final TimeLimit LONGEST_EXTENSION = TimeLimit.workingDays(60);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ChinaTime.ZONE);

	private final Categories categories;
	private final OrgUnits units;
	private final WorkingCalendar calendar;
	private final CasesProperties properties;
	private final ClosingSteps closing;

	CaseSteps(Categories categories, OrgUnits units, WorkingCalendar calendar, CasesProperties properties) {
		this.categories = categories;
		this.units = units;
		this.calendar = calendar;
		this.properties = properties;
		this.closing = new ClosingSteps(categories, calendar, properties);
	}

	public void apply(CaseAction action, StepContext ctx, Set<Party> parties) {
		switch (action) {
			case DISPATCH -> dispatch(ctx, false, false);
			case DESIGNATE -> dispatch(ctx, true, false);
			case REDISPATCH -> dispatch(ctx, false, true);
			case ACCEPT -> accept(ctx);
			case RETURN -> request(ctx, PendingRequest.RETURN, null);
			case APPROVE -> approve(ctx);
			case REJECT -> reject(ctx);
			case WHISTLE -> whistle(ctx);
			case REPORT -> report(ctx);
			case NOTE -> ctx.record(CaseAction.NOTE, ctx.actorUnit, required(ctx.note(), "note", "请填写办理记录"));
			case EXTEND -> request(ctx, PendingRequest.EXTENSION, extension(ctx));
			case SUSPEND -> request(ctx, PendingRequest.SUSPENSION, null);
			case RESUME -> resume(ctx);
			case VOID -> voidCase(ctx, parties.contains(Party.DISPATCHER));
			case REPLY -> reply(ctx);
			case REVIEW -> closing.review(ctx);
			case CALLBACK -> closing.callback(ctx);
			case RATE -> closing.rate(ctx, ctx.input.solved(), ctx.input.satisfaction(), CaseAction.RATE);
			case CLOSE -> closing.close(ctx);
			case SUPERVISE -> supervise(ctx);
			case REMIND -> remind(ctx);
			case MERGE -> throw new IllegalStateException("merging changes two cases; see ActionService");
			default -> throw new IllegalStateException(action + " is not taken on an existing case");
		}
	}

	// ---- routing -----------------------------------------------------------------------------------

	private void dispatch(StepContext ctx, boolean designate, boolean newRound) {
		CaseRecord c = ctx.kase;
		String category = ctx.input.categoryCode() != null ? ctx.input.categoryCode() : c.categoryCode();
		if (category != null && categories.find(category).filter(Category::active).isEmpty()) {
			throw ApiProblem.badInput("categoryCode", "unknown_category", "分类 " + category + " 不存在或已停用");
		}
		c.reclassify(category, ctx.input.urgency() != null ? ctx.input.urgency() : c.urgency());
		String unitCode = ctx.input.unitCode() != null ? ctx.input.unitCode()
				: newRound && c.leadUnitCode() != null ? c.leadUnitCode()
						: categories.leadUnitFor(category, c.intake().territory().streetCode());
		if (unitCode == null) {
			throw ApiProblem.badInput("unitCode", "unit_required", "无法按分类和位置确定承办单位，请指定 unitCode");
		}
		OrgUnit lead = handlingUnit(unitCode, "unitCode");
		List<CaseRecord.Involvement> coUnits = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>(List.of(lead.code()));
		for (String code : ctx.input.coUnits() == null ? List.<String>of() : ctx.input.coUnits()) {
			OrgUnit co = handlingUnit(code, "coUnits");
			if (seen.add(co.code())) {
				coUnits.add(new CaseRecord.Involvement(co.code(), co.path(), CaseRecord.Involvement.Role.CO,
						c.round() + (newRound ? 1 : 0), true, null, null, null));
			}
		}
		Deadline accept = calendar.deadline(ctx.now, categories.limit(category, c.urgency(), Stage.ACCEPT));
		Deadline feedback = calendar.deadline(ctx.now, categories.limit(category, c.urgency(), Stage.FEEDBACK));
		if (c.intake().external().dueAt() != null && c.intake().external().dueAt().isBefore(feedback.due())) {
			// A work order from the city platform keeps the platform's earlier deadline.
			feedback = new Deadline(feedback.start(), feedback.limit(), c.intake().external().dueAt());
		}
		c.dispatch(lead.code(), lead.path(), designate, coUnits, accept, feedback, ctx.now, newRound);
		CaseAction action = designate ? CaseAction.DESIGNATE : newRound ? CaseAction.REDISPATCH : CaseAction.DISPATCH;
		ctx.record(action, lead.code(), ctx.note(), coUnits.isEmpty() ? null : Map.of("coUnits", codes(coUnits)));
		ctx.count(lead.code(), Counter.DISPATCHED);
		ctx.time(Stage.ACCEPT, lead.code(), accept);
		ctx.time(Stage.FEEDBACK, lead.code(), feedback);
		ctx.tell(lead.code(), CaseMessage.ASSIGNED, action.label() + "：" + c.intake().title());
		coUnits.forEach(u -> ctx.tell(u.unitCode(), CaseMessage.ASSIGNED, "协办：" + c.intake().title()));
		ctx.publish(new CaseDispatched(c.id(), c.round(), lead.code(), category));
	}

	/**
	 * 签收 is counted for the dispatch it answers, on that dispatch's day and for its unit, so that 响应率 is a
	 * share of one cohort (the dispatches of a period) and never above 100 %; the timeline row keeps the
	 * dispatch time for rebuilding the counters.
	 */
	private void accept(StepContext ctx) {
		CaseRecord c = ctx.kase;
		Instant dispatchedAt = c.dispatchedAt();
		boolean onTime = !c.accept().overdueAt(ctx.now);
		c.accept(ctx.now);
		ctx.stop(Stage.ACCEPT, null);
		ctx.record(CaseAction.ACCEPT, c.leadUnitCode(), ctx.note(),
				Map.of("onTime", onTime, "dispatchedAt", cohort(dispatchedAt)));
		ctx.countOn(dispatchedAt, c.leadUnitCode(), Counter.ACCEPTED);
		if (onTime) {
			ctx.countOn(dispatchedAt, c.leadUnitCode(), Counter.ACCEPTED_ON_TIME);
		}
	}

	/** A return, extension, suspension or void asked by the lead unit, for the dispatcher to decide. */
	private void request(StepContext ctx, PendingRequest request, TimeLimit limit) {
		CaseRecord c = ctx.kase;
		String reason = required(ctx.note(), "note", "请说明" + request.label() + "理由");
		c.request(request, reason, limit);
		CaseAction action = switch (request) {
			case RETURN -> CaseAction.RETURN;
			case EXTENSION -> CaseAction.EXTEND;
			case SUSPENSION -> CaseAction.SUSPEND;
			case VOID -> CaseAction.VOID;
		};
		ctx.record(action, c.leadUnitCode(), reason, limit == null ? null : Map.of("limit", limit.toString()));
		ctx.tell(properties.commandCentre(), CaseMessage.APPROVAL,
				c.trackingNumber() + " 申请" + request.label() + "：" + reason);
	}

	private void approve(StepContext ctx) {
		CaseRecord c = ctx.kase;
		PendingRequest request = pendingNamed(ctx);
		String unit = c.leadUnitCode();
		Instant dispatchedAt = c.dispatchedAt();
		String reason = c.pendingDetail();
		TimeLimit limit = c.pendingLimit();
		c.clearPending();
		switch (request) {
			case RETURN -> {
				c.returned();
				// 退单率's numerator, like 响应率's, belongs to the dispatch it answers.
				ctx.countOn(dispatchedAt, unit, Counter.RETURNED);
				ctx.publish(new CaseReturned(c.id(), unit, reason));
			}
			case EXTENSION -> {
				Deadline old = c.feedback();
				Deadline extended = new Deadline(old.start(), old.limit(), calendar.deadline(old.due(), limit).due());
				c.extend(extended);
				ctx.time(Stage.FEEDBACK, unit, extended);
			}
			case SUSPENSION -> {
				c.suspend(ctx.now);
				ctx.pause(Stage.FEEDBACK);
			}
			case VOID -> {
				c.voided(ctx.now);
				ctx.publish(new CaseClosed(c.id(), CaseState.VOIDED, null));
				ctx.audit("批准作废：" + reason);
			}
		}
		ctx.record(CaseAction.APPROVE, unit, ctx.note(), request == PendingRequest.RETURN
				? Map.of("request", request.name(), "dispatchedAt", cohort(dispatchedAt)) : Map.of("request", request.name()));
		ctx.tell(unit, CaseMessage.APPROVAL, request.label() + "申请已批准：" + c.trackingNumber());
	}

	private void reject(StepContext ctx) {
		CaseRecord c = ctx.kase;
		PendingRequest request = pendingNamed(ctx);
		c.clearPending();
		String why = required(ctx.note(), "note", "请说明驳回理由");
		ctx.record(CaseAction.REJECT, c.leadUnitCode(), why, Map.of("request", request.name()));
		ctx.tell(c.leadUnitCode(), CaseMessage.APPROVAL, request.label() + "申请被驳回：" + why);
	}

	// ---- handling ----------------------------------------------------------------------------------

	private void whistle(StepContext ctx) {
		CaseRecord c = ctx.kase;
		OrgUnit lead = units.find(c.leadUnitCode()).orElseThrow();
		if (lead.level() != UnitLevel.STREET) {
			throw ApiProblem.conflict("not_a_street", "只有承办的街道可以吹哨，当前承办单位是" + lead.name());
		}
		List<String> codes = ctx.input.departments();
		if (codes == null || codes.isEmpty()) {
			throw ApiProblem.badInput("departments", "departments_required", "请选择要召集的部门");
		}
		Deadline due = null;
		List<CaseRecord.Involvement> called = new ArrayList<>();
		for (String code : new LinkedHashSet<>(codes)) {
			OrgUnit department = units.find(code)
				.filter(u -> u.active() && u.level() == UnitLevel.DEPARTMENT)
				.orElseThrow(() -> ApiProblem.badInput("departments", "unknown_department", "部门 " + code + " 不存在或已停用"));
			if (c.whistled(code).filter(u -> u.reportedAt() == null).isPresent()) {
				throw ApiProblem.badInput("departments", "already_whistled", department.name() + " 已被召集，尚未报到");
			}
			due = calendar.deadline(ctx.now, categories.limit(c.categoryCode(), c.urgency(), Stage.REPORT_IN));
			called.add(new CaseRecord.Involvement(code, department.path(), CaseRecord.Involvement.Role.WHISTLED, c.round(),
					true, due.due(), null, null));
			ctx.time(Stage.REPORT_IN, code, due);
			ctx.tell(code, CaseMessage.WHISTLED, lead.shortName() + "吹哨：" + c.intake().title());
		}
		c.whistle(called);
		ctx.record(CaseAction.WHISTLE, lead.code(), ctx.note(), Map.of("departments", codes(called)));
	}

	private void report(StepContext ctx) {
		CaseRecord c = ctx.kase;
		String text = required(ctx.note(), "note", "请填写报到及处置情况");
		CaseRecord.Involvement called = c.whistled(ctx.actorUnit).orElseThrow();
		boolean onTime = !ctx.now.isAfter(called.reportDueAt());
		c.reportIn(ctx.actorUnit, ctx.now, text);
		ctx.stop(Stage.REPORT_IN, ctx.actorUnit);
		ctx.record(CaseAction.REPORT, ctx.actorUnit, text, Map.of("onTime", onTime));
	}

	private TimeLimit extension(StepContext ctx) {
		String text = required(ctx.input.limit(), "limit", "请填写延期时长，如 5wd（5 个工作日）");
		TimeLimit limit;
		try {
			limit = TimeLimit.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput("limit", "invalid_limit", "延期时长格式不正确：" + e.getMessage());
		}
		if (limit.amount() == 0 || limit.unit() != LONGEST_EXTENSION.unit() && !limit.unit().working()
				|| limit.unit() == LONGEST_EXTENSION.unit() && limit.amount() > LONGEST_EXTENSION.amount()) {
			throw ApiProblem.badInput("limit", "invalid_limit", "延期须为 1–60 个工作日（wd）或若干工作时（wh）");
		}
		return limit;
	}

	private void resume(StepContext ctx) {
		CaseRecord c = ctx.kase;
		Deadline old = c.feedback();
		Duration paused = old.limit().unit().working() ? calendar.workingTimeBetween(c.suspendedAt(), ctx.now)
				: Duration.between(c.suspendedAt(), ctx.now);
		Instant due = old.limit().unit().working() ? calendar.addWorkingTime(old.due(), paused) : old.due().plus(paused);
		Deadline moved = new Deadline(old.start(), old.limit(), due);
		c.resume(moved);
		ctx.time(Stage.FEEDBACK, c.leadUnitCode(), moved);
		ctx.record(CaseAction.RESUME, c.leadUnitCode(), ctx.note(), Map.of("pausedMinutes", paused.toMinutes()));
	}

	private void voidCase(StepContext ctx, boolean byDispatcher) {
		if (!byDispatcher) {
			request(ctx, PendingRequest.VOID, null);
			return;
		}
		CaseRecord c = ctx.kase;
		String reason = required(ctx.note(), "note", "请说明作废理由（如恶意骚扰、重复）");
		c.voided(ctx.now);
		ctx.record(CaseAction.VOID, c.leadUnitCode(), reason);
		ctx.publish(new CaseClosed(c.id(), CaseState.VOIDED, null));
		ctx.audit("作废：" + reason);
	}

	private void reply(StepContext ctx) {
		CaseRecord c = ctx.kase;
		if (ctx.input.result() == null) {
			throw ApiProblem.badInput("result", "result_required", "请选择办理结果");
		}
		String text = required(ctx.note(), "note", "请填写答复内容");
		boolean onTime = !c.feedback().overdueAt(ctx.now);
		c.reply(ctx.input.result(), text, ctx.now);
		ctx.record(CaseAction.REPLY, c.leadUnitCode(), text,
				Map.of("result", ctx.input.result().name(), "onTime", onTime));
		ctx.tell(properties.commandCentre(), CaseMessage.REVIEW, c.trackingNumber() + " 已答复，待审核");
	}

	/** The steps that end a round (review, follow-up, close, merge). */
	public ClosingSteps closing() {
		return closing;
	}

	// ---- supervision -------------------------------------------------------------------------------

	private void supervise(StepContext ctx) {
		CaseRecord c = ctx.kase;
		if (ctx.input.level() == null) {
			throw ApiProblem.badInput("level", "level_required", "请选择督办级别：普通、黄牌或红牌");
		}
		String why = required(ctx.note(), "note", "请填写督办意见");
		raise(ctx, ctx.input.level(), why, Map.of("level", ctx.input.level().name()));
		ctx.supervise(new Supervisions.Order(CaseClocks.LOOP, c.id(), c.trackingNumber(), CaseMessage.link(c.id()),
				c.leadUnitCode(), ctx.input.level(), why, null));
	}

	/** A 督办 of the case went unanswered and the kit raises it to {@code level}: the case carries it. */
	void supervisionEscalated(StepContext ctx, SupervisionLevel level, String note) {
		raise(ctx, level, note, Map.of("level", level.name(), "escalated", true));
	}

	private static void raise(StepContext ctx, SupervisionLevel level, String note, Map<String, Object> detail) {
		CaseRecord c = ctx.kase;
		c.supervise(level);
		ctx.count(c.leadUnitCode(), Counter.SUPERVISED);
		ctx.record(CaseAction.SUPERVISE, c.leadUnitCode(), note, detail);
	}

	private void remind(StepContext ctx) {
		CaseRecord c = ctx.kase;
		String unit = c.state() == CaseState.CALLBACK ? properties.commandCentre() : c.leadUnitCode();
		String text = ctx.note() != null ? ctx.note() : "请抓紧办理";
		ctx.tell(unit, CaseMessage.REMINDER, "催办 " + c.trackingNumber() + "：" + text);
		ctx.record(CaseAction.REMIND, unit, text);
	}

	/**
	 * A deadline timer: at yellow the unit that must act is reminded (催办); at red the supervision office
	 * and the command centre are told (escalation), and the unit reminded again.
	 */
	public void alarm(StepContext ctx, Stage stage, String unit, boolean red, Instant due) {
		CaseRecord c = ctx.kase;
		String text = stage.label() + (red ? "已超期" : "时限将到") + "（截止 " + time(due) + "）";
		ctx.tell(unit, CaseMessage.REMINDER, "催办 " + c.trackingNumber() + "：" + text);
		if (red) {
			ctx.tell(properties.supervisionOffice(), CaseMessage.ESCALATION, c.trackingNumber() + " " + text);
			ctx.tell(properties.commandCentre(), CaseMessage.ESCALATION, c.trackingNumber() + " " + text);
		}
		ctx.record(red ? CaseAction.ESCALATE : CaseAction.REMIND, unit, text, Map.of("stage", stage.name()));
	}

	// ---- helpers -----------------------------------------------------------------------------------

	/** A deadline as messages and timeline notes show it: 10月9日 17:30. */
	static String time(Instant instant) {
		return TIME.format(instant);
	}

	/** A unit that can lead or co-handle a case: an active street, community or department. */
	private OrgUnit handlingUnit(String code, String field) {
		return units.find(code)
			.filter(CaseWorkflow::canHandle)
			.orElseThrow(() -> ApiProblem.badInput(field, "unknown_unit", "单位 " + code + " 不存在、已撤销或不能承办工单"));
	}

	private static PendingRequest pendingNamed(StepContext ctx) {
		PendingRequest pending = ctx.kase.pending();
		if (ctx.input.request() != null && ctx.input.request() != pending) {
			throw ApiProblem.badInput("request", "not_pending",
					"该工单待审批的是" + pending.label() + "申请，而不是" + ctx.input.request().label());
		}
		return pending;
	}

	static String required(String value, String field, String message) {
		if (value == null || value.isBlank()) {
			throw ApiProblem.badInput(field, field + "_required", message);
		}
		return value.strip();
	}

	/**
	 * The instant that puts an event's counters on their day, as a timeline detail: ISO-8601 in UTC, to the
	 * microsecond as PostgreSQL stores times, so that rebuilding from the timeline finds the same day.
	 */
	static String cohort(Instant at) {
		return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
	}

	private static List<String> codes(List<CaseRecord.Involvement> involvements) {
		return involvements.stream().map(CaseRecord.Involvement::unitCode).toList();
	}

}
