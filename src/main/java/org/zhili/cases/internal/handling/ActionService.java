package org.zhili.cases.internal.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.Deadline;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseActions;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseView;
import org.zhili.cases.CaseWorkflow;
import org.zhili.cases.CaseWorkflow.Party;
import org.zhili.cases.Light;
import org.zhili.cases.internal.record.Attachments;
import org.zhili.cases.internal.record.CaseAccess;
import org.zhili.cases.internal.record.CaseEvents;
import org.zhili.cases.internal.record.CaseFacts;
import org.zhili.cases.internal.record.CaseRecord;
import org.zhili.cases.internal.record.CaseRepository;
import org.zhili.cases.internal.record.CasesProperties;
import org.zhili.cases.internal.record.Lights;
import org.zhili.cases.internal.record.Stage;
import org.zhili.cases.internal.stats.UnitStats;
import org.zhili.cases.internal.views.CaseViews;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Inbox;
import org.zhili.process.SupervisionLevel;
import org.zhili.process.Supervisions;
import org.zhili.process.Workflow;
import tools.jackson.databind.json.JsonMapper;

/**
 * Performs the steps of cases: checks them against {@link CaseWorkflow}, lets {@link CaseSteps} change the
 * case, and writes everything the step decided — the case (optimistically locked), its timeline, the
 * counters, timers, messages, events and audit rows — in one transaction.
 */
@Service
public class ActionService implements CaseActions {

	public static final String SYSTEM = "system";
	private static final Set<CaseAction> NOT_ON_EXISTING_CASES = EnumSet.of(CaseAction.REGISTER, CaseAction.ANSWER,
			CaseAction.REPLY_SHARED, CaseAction.RECOMPUTE);

	private final CaseRepository cases;
	private final CaseEvents timeline;
	private final CaseSteps steps;
	private final CaseAccess access;
	private final CaseViews views;
	private final Lights lights;
	private final UnitStats stats;
	private final Inbox inbox;
	private final CaseClocks clocks;
	private final Supervisions supervisions;
	private final CasesProperties properties;
	private final CaseFacts facts;
	private final ApplicationEventPublisher publisher;
	private final AuditTrail audit;
	private final JsonMapper json;
	private final Attachments attachments;
	private final Clock clock;

	ActionService(CaseRepository cases, CaseEvents timeline, CaseSteps steps, CaseAccess access, CaseViews views,
			Lights lights, UnitStats stats, Inbox inbox, CaseClocks clocks, Supervisions supervisions, CasesProperties properties, CaseFacts facts,
			ApplicationEventPublisher publisher, AuditTrail audit, JsonMapper json, Attachments attachments, Clock clock) {
		this.cases = cases;
		this.timeline = timeline;
		this.steps = steps;
		this.access = access;
		this.views = views;
		this.lights = lights;
		this.stats = stats;
		this.inbox = inbox;
		this.clocks = clocks;
		this.supervisions = supervisions;
		this.properties = properties;
		this.facts = facts;
		this.publisher = publisher;
		this.audit = audit;
		this.json = json;
		this.attachments = attachments;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CaseView perform(long caseId, CaseAction action, ActionInput input, Actor actor) {
		ActionInput in = input == null ? ActionInput.NONE : input;
		CaseRecord c = visibleCase(caseId, actor);
		if (in.version() != null && in.version() != c.version()) {
			throw ApiProblem.conflict("concurrent_modification",
					"工单已被更新（当前版本 " + c.version() + "，您看到的是 " + in.version() + "），请刷新后重试");
		}
		Set<Party> parties = access.parties(actor, c);
		check(action, c, parties);
		CaseWorkflow.WORKFLOW.checkInputs(action, List.of(Workflow.Given.of(Workflow.Input.REASON, "note", in.note()),
				Workflow.Given.of(Workflow.Input.RESULT, "result", in.result())));
		run(c, action, in, actor.username(), access.actingUnit(actor, c), parties);
		return views.of(cases.find(caseId).orElseThrow(), actor, true);
	}

	/**
	 * A step taken for someone who has no account — the requester rating on the public pages, or zhili itself
	 * for them — as the given parties; no data scope applies.
	 */
	@Transactional
	public void performFor(long caseId, CaseAction action, ActionInput input, String actor, Set<Party> parties) {
		CaseRecord c = cases.find(caseId)
			.orElseThrow(() -> ApiProblem.notFound("case_not_found", "工单不存在"));
		check(action, c, parties);
		run(c, action, input == null ? ActionInput.NONE : input, actor, null, parties);
	}

	/**
	 * A photo for a case, with an optional note recorded as a step (办理记录) that the photo belongs to. Both or
	 * neither: a file that is not a usable photo leaves no note behind.
	 */
	@Transactional
	public long attach(long caseId, String fileName, byte[] content, String note, Actor actor) {
		CaseRecord c = visibleCase(caseId, actor);
		if (c.state().terminal()) {
			throw ApiProblem.conflict("case_ended", "工单已" + c.state().label() + "，不能再上传照片");
		}
		Long eventId = null;
		if (note != null && !note.isBlank()) {
			List<CaseView.TimelineEntry> entries = perform(caseId, CaseAction.NOTE, ActionInput.note(note), actor).timeline();
			eventId = entries.get(entries.size() - 1).id();
		}
		return attachments.store(caseId, eventId, fileName, content, actor.username(), clock.instant());
	}

	/**
	 * A deadline's clock went off: remind at yellow, escalate at red — if that deadline still runs. The case is
	 * locked first, so a step taken at the same moment waits instead of colliding.
	 */
	@Transactional
	void alarm(long caseId, Stage stage, String unitCode, boolean red, Instant due) {
		CaseRecord c = cases.lock(caseId).orElse(null);
		if (c == null || !stillRunning(c, stage, unitCode, due)) {
			return;
		}
		CaseAction action = red ? CaseAction.ESCALATE : CaseAction.REMIND;
		if (!CaseWorkflow.allows(action, facts.of(c), Set.of(Party.SYSTEM))) {
			return;
		}
		String unit = switch (stage) {
			case ACCEPT, FEEDBACK -> c.leadUnitCode();
			case CALLBACK -> properties.commandCentre();
			case REPORT_IN -> unitCode;
		};
		StepContext ctx = context(c, ActionInput.NONE, SYSTEM, null);
		steps.alarm(ctx, stage, unit, red, due);
		persist(ctx);
	}

	/** A 督办 of the case went unanswered and climbs to {@code level}: the case carries the higher level. */
	@Transactional
	void supervisionEscalated(long caseId, SupervisionLevel level, String note) {
		CaseRecord c = cases.lock(caseId).orElse(null);
		if (c == null || !CaseWorkflow.allows(CaseAction.SUPERVISE, facts.of(c), Set.of(Party.SYSTEM))) {
			return;
		}
		StepContext ctx = context(c, ActionInput.NONE, SYSTEM, null);
		steps.supervisionEscalated(ctx, level, note);
		persist(ctx);
	}

	/** A calendar correction moved a deadline of the case: the case keeps the new one, its timeline says so. */
	@Transactional
	void recompute(long caseId, Stage stage, String unitCode, Deadline before, Deadline after) {
		CaseRecord c = cases.lock(caseId).orElse(null);
		if (c == null || c.state().terminal()) {
			return;
		}
		StepContext ctx = context(c, ActionInput.NONE, SYSTEM, null);
		c.recomputed(stage, unitCode, after);
		ctx.record(CaseAction.RECOMPUTE, stage == Stage.REPORT_IN ? unitCode : c.leadUnitCode(),
				stage.label() + "时限因节假日安排调整由 " + CaseSteps.time(before.due()) + " 改为 " + CaseSteps.time(after.due()),
				Map.of("stage", stage.name(), "before", before.due().toString(), "after", after.due().toString()));
		persist(ctx);
	}

	/** Loads a case the actor may see; a case outside their scope looks like one that does not exist. */
	public CaseRecord visibleCase(long caseId, Actor actor) {
		return cases.find(caseId)
			.filter(c -> access.visible(actor.scope(), c))
			.orElseThrow(() -> ApiProblem.notFound("case_not_found", "工单不存在或不在您的数据范围内"));
	}

	private void check(CaseAction action, CaseRecord c, Set<Party> parties) {
		if (NOT_ON_EXISTING_CASES.contains(action)) {
			throw ApiProblem.badInput("action", "unknown_action", action.label() + "不是对已有工单的操作");
		}
		CaseWorkflow.WORKFLOW.check(action, facts.of(c), parties,
				"“" + c.state().label() + "”" + (c.pending() == null ? "" : "（" + c.pending().label() + "待审批）"));
	}

	private void run(CaseRecord c, CaseAction action, ActionInput in, String actor, String actorUnit,
			Set<Party> parties) {
		StepContext ctx = context(c, in, actor, actorUnit);
		if (action == CaseAction.MERGE) {
			merge(ctx);
		}
		else {
			steps.apply(action, ctx, parties);
		}
		persist(ctx);
		if (action == CaseAction.REVIEW && c.state() == CaseState.CALLBACK) {
			shareReplyWithMerged(c, actor);
		}
	}

	private StepContext context(CaseRecord c, ActionInput in, String actor, String actorUnit) {
		Instant now = clock.instant();
		return new StepContext(c, in, actor, actorUnit, now, lights.of(c.runningDeadline().orElse(null), now));
	}

	/** A duplicate joins its master: it ends here, and the master's answer will reach its requester too. */
	private void merge(StepContext ctx) {
		CaseRecord duplicate = ctx.kase;
		Long masterId = ctx.input.masterCaseId();
		if (masterId == null) {
			throw ApiProblem.badInput("masterCaseId", "master_required", "请指定主件工单");
		}
		CaseRecord master = cases.find(masterId)
			.orElseThrow(() -> ApiProblem.badInput("masterCaseId", "master_not_found", "主件工单 " + masterId + " 不存在"));
		if (master.id() == duplicate.id() || master.state().terminal()) {
			throw ApiProblem.badInput("masterCaseId", "master_not_open", "主件须是另一张未办结的工单");
		}
		boolean answered = master.replyText() != null
				&& EnumSet.of(CaseState.CALLBACK, CaseState.RATED).contains(master.state());
		steps.closing().merge(ctx, master.id(), master.trackingNumber(), answered ? master.replyResult() : null,
				answered ? master.replyText() : null);
		timeline.recordAll(List.of(new CaseEvents.Event(0, master.id(), master.round(), CaseAction.MERGE, master.state(),
				master.state(), ctx.actor, ctx.actorUnit, null, ctx.now, ClosingSteps.mergedNote(duplicate.trackingNumber()),
				Light.NONE, json.writeValueAsString(ClosingSteps.mergedDetail(duplicate.trackingNumber())))));
	}

	private void shareReplyWithMerged(CaseRecord master, String actor) {
		for (long id : cases.mergedInto(master.id())) {
			CaseRecord duplicate = cases.find(id).orElseThrow();
			StepContext ctx = context(duplicate, ActionInput.NONE, actor, null);
			duplicate.shareReply(master.replyResult(), master.replyText(), ctx.now);
			ctx.record(CaseAction.REPLY_SHARED, master.leadUnitCode(), master.replyText(),
					Map.of("master", master.trackingNumber()));
			persist(ctx);
		}
	}

	private void persist(StepContext ctx) {
		CaseRecord c = ctx.kase;
		Deadline running = c.runningDeadline().orElse(null);
		cases.update(c, running == null ? null : running.due(), running == null ? null : lights.turnsYellow(running));
		timeline.recordAll(ctx.entries.stream()
			.map(e -> new CaseEvents.Event(0, c.id(), c.round(), e.action(), e.from(), e.to(), ctx.actor, ctx.actorUnit,
					e.unitCode(), ctx.now, e.note(), ctx.light, e.detail() == null ? null : json.writeValueAsString(e.detail())))
			.toList());
		stats.write(ctx.tally);
		inbox.post(ctx.messages.stream().map(m -> m.kind().to(m.unitCode(), c.id(), c.trackingNumber(), m.text(), ctx.now)).toList());
		ctx.timers.forEach(t -> clocks.keep(c.id(), t.stage(), t.unitCode(), t.deadline()));
		ctx.paused.forEach(stage -> clocks.pause(c.id(), stage, ctx.now));
		ctx.stopped.forEach(t -> clocks.stop(c.id(), t.stage(), t.unitCode(), ctx.now));
		ctx.supervisions.forEach(order -> supervisions.issue(order, ctx.actor, ctx.now));
		if (c.state().terminal()) {
			clocks.stopAll(c.id(), ctx.now);
			supervisions.closeAll(CaseClocks.LOOP, c.id(), ctx.now);
		}
		ctx.events.forEach(publisher::publishEvent);
		ctx.audits.forEach(detail -> audit.success("cases.case." + ctx.entries.get(0).action().path(),
				c.trackingNumber(), detail));
	}

	/** Whether the deadline an alarm was set for still runs (it may have been met, moved or ended since). */
	public static boolean stillRunning(CaseRecord c, CaseClocks.Alarm alarm) {
		return c.round() == alarm.round()
				&& stillRunning(c, alarm.stage(), alarm.unitCode(), Instant.ofEpochSecond(alarm.due()));
	}

	static boolean stillRunning(CaseRecord c, Stage stage, String unitCode, Instant due) {
		return switch (stage) {
			case ACCEPT -> c.state() == CaseState.DISPATCHED && c.accept() != null && sameSecond(c.accept().due(), due);
			case FEEDBACK -> c.state() == CaseState.HANDLING && c.feedback() != null && sameSecond(c.feedback().due(), due);
			case CALLBACK -> c.state() == CaseState.CALLBACK && c.callback() != null && sameSecond(c.callback().due(), due);
			case REPORT_IN -> c.state() == CaseState.HANDLING && c.whistled(unitCode)
				.filter(u -> u.reportedAt() == null && sameSecond(u.reportDueAt(), due))
				.isPresent();
		};
	}

	private static boolean sameSecond(Instant a, Instant b) {
		return a.getEpochSecond() == b.getEpochSecond();
	}
}
