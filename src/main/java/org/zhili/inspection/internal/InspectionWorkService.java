package org.zhili.inspection.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.zhili.identity.Actor;
import org.zhili.inspection.InspectionWork;
import org.zhili.inspection.NewTask;
import org.zhili.inspection.internal.draws.DrawService;
import org.zhili.inspection.internal.execution.InspectionSteps;
import org.zhili.inspection.internal.execution.InspectionViews;
import org.zhili.inspection.internal.plans.InspectionPlans;

/** {@link InspectionWork} on the services the pages use. */
@Service
class InspectionWorkService implements InspectionWork {

	private final InspectionPlans plans;
	private final DrawService draws;
	private final InspectionSteps steps;
	private final InspectionViews views;

	InspectionWorkService(InspectionPlans plans, DrawService draws, InspectionSteps steps, InspectionViews views) {
		this.plans = plans;
		this.draws = draws;
		this.steps = steps;
		this.views = views;
	}

	@Override
	public boolean none() {
		return plans.none();
	}

	@Override
	public long createPlan(int year, String name, Actor department) {
		return plans.createPlan(year, name, department).id();
	}

	@Override
	public long addTask(long planId, NewTask task, Actor department) {
		return plans.addTask(planId, task, department).id();
	}

	@Override
	public long commit(long taskId, Actor department) {
		return draws.commit(taskId, department).id();
	}

	@Override
	public List<Drawn> draw(long drawId, Actor department) {
		long taskId = draws.draw(drawId, department).taskId();
		return views.ofTask(taskId, department).stream().filter(i -> i.drawId() == drawId)
			.map(i -> new Drawn(i.id(), i.subjectId(), i.inspectorUsernames())).toList();
	}

	@Override
	public void record(long inspectionId, String result, String findings, boolean majorDecision, Actor inspector) {
		steps.record(inspectionId, new InspectionSteps.Recording(result, findings, List.of(), majorDecision), inspector);
	}

	@Override
	public void confirm(long inspectionId, Actor otherInspector) {
		steps.confirm(inspectionId, otherInspector);
	}

	@Override
	public void review(long inspectionId, boolean approved, String opinion, Actor legalReviewer) {
		steps.review(inspectionId, approved, opinion, legalReviewer);
	}

	@Override
	public int publishAll(long taskId, Actor department) {
		return steps.publishAll(taskId, department);
	}
}
