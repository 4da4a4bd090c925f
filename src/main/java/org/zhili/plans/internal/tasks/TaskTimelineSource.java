package org.zhili.plans.internal.tasks;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.process.TimelineEntry;
import org.zhili.process.TimelineSource;

/** The timeline of a plan task through the process kit's one API: milestones, reports, 督办 and replies. */
@Component
class TaskTimelineSource implements TimelineSource {

	private final TaskQueries tasks;

	TaskTimelineSource(TaskQueries tasks) {
		this.tasks = tasks;
	}

	@Override
	public String loop() {
		return PlanClocks.LOOP;
	}

	@Override
	public List<TimelineEntry> timeline(long itemId, Actor reader) {
		TaskViews.TaskDetail task = tasks.task(itemId, reader);
		return task.timeline().stream()
			.map(e -> new TimelineEntry(e.at(), e.kind(), label(e.kind()), null, task.task().leadUnit(),
					task.task().leadUnitName(), e.text(), null))
			.toList();
	}

	/** A task's row kinds as people read them. */
	private static String label(String kind) {
		return switch (kind) {
			case "milestone" -> "节点";
			case "report" -> "进展报告";
			case "supervision" -> "督办";
			case "reply" -> "督办回复";
			default -> kind;
		};
	}
}
