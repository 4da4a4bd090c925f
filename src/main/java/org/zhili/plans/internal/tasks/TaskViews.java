package org.zhili.plans.internal.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhili.plans.TaskStatus;
import org.zhili.plans.internal.targets.TargetViews.TargetView;

/** What the API and pages show of tasks. */
public final class TaskViews {

	private TaskViews() {
	}

	/** A task in a list or a tree: its units, deadline, weight, progress and status. */
	public record TaskSummary(long id, long planId, Long sectionId, String number, String title, String leadUnit,
			String leadUnitName, List<String> coUnits, String leader, LocalDate deadline, BigDecimal weight, int progress,
			TaskStatus status, String statusLabel, String lastPeriod) {
	}

	public record Milestone(long id, LocalDate due, String deliverable, LocalDate doneAt, boolean overdue) {
	}

	public record Report(long id, String unitCode, String period, int percent, String text, List<String> evidence,
			Instant submittedAt, String submittedBy, String review, String reviewNote) {
	}

	public record Supervision(long id, String level, String levelLabel, String note, LocalDate replyDue, Instant createdAt,
			String createdBy, String reply, Instant repliedAt, boolean overdue) {
	}

	/** One entry of a task's timeline: reports, milestones, 督办 and replies in date order. */
	public record Event(Instant at, String kind, String text) {
	}

	public record TaskDetail(TaskSummary task, String planTitle, String text, List<String> coUnitNames,
			List<Milestone> milestones, List<Report> reports, List<Supervision> supervisions, List<TargetView> targets,
			List<Event> timeline) {
	}
}
