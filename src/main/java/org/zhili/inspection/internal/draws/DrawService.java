package org.zhili.inspection.internal.draws;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.inspection.internal.draw.DrawEngine;
import org.zhili.inspection.internal.draw.DrawInputs;
import org.zhili.inspection.internal.draw.DrawOutcome;
import org.zhili.inspection.internal.draw.DrawRecords;
import org.zhili.inspection.internal.draw.DrawSeeds;
import org.zhili.inspection.internal.execution.InspectionSteps;
import org.zhili.inspection.internal.execution.Seating;
import org.zhili.inspection.internal.plans.InspectionPlans;
import org.zhili.inspection.internal.plans.InspectionTask;
import org.zhili.platform.ApiProblem;

/**
 * The verifiable draw of a task (commit–reveal): the commit freezes the inputs and publishes the hashes of the
 * secret seed and of the inputs; the draw reveals the seed, runs the published algorithm and seats the inspections.
 * A redraw needs a recorded reason, supersedes the drawn one (whose record stays public) and starts with a new commit.
 */
@Service
public class DrawService {

	private final DrawStore store;
	private final InspectionPlans plans;
	private final DrawInputsBuilder inputs;
	private final DrawEngine engine;
	private final InspectionSteps inspections;
	private final WorkingCalendar calendar;
	private final AuditTrail audit;
	private final Clock clock;

	DrawService(DrawStore store, InspectionPlans plans, DrawInputsBuilder inputs, InspectionSteps inspections,
			WorkingCalendar calendar, AuditTrail audit, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.inputs = inputs;
		this.engine = new DrawEngine();
		this.inspections = inspections;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public DrawRow commit(long taskId, Actor actor) {
		InspectionTask task = ownTask(taskId, actor);
		return commit(task, actor.username(), null, null);
	}

	@Transactional
	public DrawRow draw(long drawId, Actor actor) {
		DrawRow row = store.lock(drawId).orElseThrow(DrawService::notFound);
		InspectionTask task = ownTask(row.taskId(), actor);
		if (row.state() != DrawRow.State.COMMITTED) {
			throw ApiProblem.conflict("already_drawn", "该次抽取已经完成（" + row.state().label() + "）");
		}
		DrawInputs in = DrawRecords.inputsFromJson(row.inputs());
		DrawOutcome outcome = engine.draw(DrawSeeds.parse(row.seed()), in);
		Instant now = clock.instant();
		store.drawn(drawId, DrawRecords.outcomeJson(outcome), now, actor.username());
		List<Seating> seated = outcome.picks().stream()
			.filter(p -> !outcome.unstaffed().contains(p.subjectId()))
			.map(p -> new Seating(p.subjectId(), p.order(), p.inspectorIds()))
			.toList();
		inspections.assign(task, drawId, seated, actor.username(), now);
		audit.success("inspection.draw.drawn", "inspection-draw:" + drawId,
				task.name() + ": " + outcome.picks().size() + " picked, " + outcome.unstaffed().size() + " unstaffed");
		return store.find(drawId).orElseThrow();
	}

	/** Supersedes a drawn draw (none of its inspections started) and commits a new one, with the reason on record. */
	@Transactional
	public DrawRow redraw(long drawId, String reason, Actor actor) {
		DrawRow row = store.lock(drawId).orElseThrow(DrawService::notFound);
		InspectionTask task = ownTask(row.taskId(), actor);
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw ApiProblem.badInput("reason", "reason_required", "重新抽取须记录理由（500字以内），理由将随抽取记录公开");
		}
		if (row.state() != DrawRow.State.DRAWN) {
			throw ApiProblem.conflict("not_drawn", "只能对已完成的抽取重新抽取（当前：" + row.state().label() + "）");
		}
		inspections.withdrawDraw(drawId);
		store.supersede(drawId);
		audit.success("inspection.draw.superseded", "inspection-draw:" + drawId, reason.strip());
		return commit(task, actor.username(), drawId, reason.strip());
	}

	public DrawRow get(long drawId, Actor reader) {
		DrawRow row = store.find(drawId).orElseThrow(DrawService::notFound);
		plans.task(row.taskId(), reader);
		return row;
	}

	public List<DrawRow> ofTask(long taskId, Actor reader) {
		plans.task(taskId, reader);
		return store.ofTask(taskId);
	}

	private DrawRow commit(InspectionTask task, String by, Long redrawOf, String reason) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, calendar.zone());
		DrawInputs in = inputs.build(task, today, now);
		if (in.subjects().isEmpty()) {
			throw ApiProblem.unprocessable("no_subjects", "按本任务的筛选条件，检查对象名录库中没有对象可抽", task.filter());
		}
		byte[] seed = DrawSeeds.fresh();
		long id = store.commit(task.id(), DrawEngine.ALGORITHM, DrawRecords.commitment(seed), DrawRecords.inputsHash(in),
				DrawRecords.inputsJson(in), DrawSeeds.hex(seed), now, by, redrawOf, reason)
			.orElseThrow(() -> ApiProblem.conflict("already_committed", "本任务已有待抽取或已抽取的记录；如需重抽请记录理由后重新抽取"));
		audit.success("inspection.draw.committed", "inspection-draw:" + id, task.name());
		return store.find(id).orElseThrow();
	}

	private InspectionTask ownTask(long taskId, Actor actor) {
		InspectionTask task = plans.task(taskId, actor);
		if (!task.leadDepartment().equals(actor.scope().unitCode())) {
			throw ApiProblem.forbidden("not_your_department", "抽取由任务的牵头部门进行");
		}
		return task;
	}

	private static ApiProblem notFound() {
		return ApiProblem.notFound("draw_not_found", "没有这次抽取");
	}
}
