package org.zhili.inspection;

import java.util.List;

import org.zhili.identity.Actor;

/**
 * The steps of 双随机、一公开 for other modules (the demo's inspection year, a 工作台): each is the same step, with the
 * same checks, as the department's, inspector's and reviewer's pages take, for the actor given.
 */
public interface InspectionWork {

	/** A drawn subject's inspection and the user names of its seated inspectors, in seat order. */
	record Drawn(long inspectionId, long subjectId, List<String> inspectors) {
	}

	/** Whether no department has planned anything yet. */
	boolean none();

	long createPlan(int year, String name, Actor department);

	long addTask(long planId, NewTask task, Actor department);

	/** Commits a draw of the task: the seed's hash and the inputs' hash are public from now. */
	long commit(long taskId, Actor department);

	/** Draws: the seed is revealed and the inspections seated. */
	List<Drawn> draw(long drawId, Actor department);

	/**
	 * @param result {@code NO_PROBLEM}, {@code RECTIFY}, {@code PENALTY} or {@code TRANSFER}
	 * @param majorDecision whether it is a 重大执法决定 that needs 法制审核
	 */
	void record(long inspectionId, String result, String findings, boolean majorDecision, Actor inspector);

	void confirm(long inspectionId, Actor otherInspector);

	void review(long inspectionId, boolean approved, String opinion, Actor legalReviewer);

	/** Publishes the task's completed results; answers how many. */
	int publishAll(long taskId, Actor department);
}
