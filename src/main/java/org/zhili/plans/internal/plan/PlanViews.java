package org.zhili.plans.internal.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zhili.plans.TaskStatus;

/** What the API and pages show of plans. */
public final class PlanViews {

	private PlanViews() {
	}

	/** Every task of a tree: those outside any section first, then section by section, depth first. */
	public static List<TaskSummary> allTasks(PlanTree tree) {
		List<TaskSummary> all = new ArrayList<>(tree.tasks());
		collect(tree.sections(), all);
		return all;
	}

	/** Adds the tasks of the sections and of their subsections, depth first. */
	static void collect(List<SectionNode> sections, List<TaskSummary> into) {
		for (SectionNode n : sections) {
			into.addAll(n.tasks());
			collect(n.sections(), into);
		}
	}

	/** A plan in a list, with its rolled-up progress and how many tasks are in each status. */
	public record PlanSummary(long id, String title, int year, String kind, boolean published, boolean isPublic,
			BigDecimal progress, int tasks, Map<TaskStatus, Integer> statuses) {
	}

	/** A plan with its outline; the tasks the viewer may not see are left out. */
	public record PlanTree(PlanSummary plan, String description, List<SectionNode> sections, List<TaskSummary> tasks,
			List<TargetView> targets, List<Result> reportedResults) {
	}

	public record SectionNode(long id, String number, String title, int level, BigDecimal progress,
			List<SectionNode> sections, List<TaskSummary> tasks) {
	}

	public record TaskSummary(long id, long planId, Long sectionId, String number, String title, String leadUnit,
			String leadUnitName, List<String> coUnits, String leader, LocalDate deadline, BigDecimal weight, int progress,
			TaskStatus status, String statusLabel, String lastPeriod) {
	}

	record Milestone(long id, LocalDate due, String deliverable, LocalDate doneAt, boolean overdue) {
	}

	public record Report(long id, String unitCode, String period, int percent, String text, List<String> evidence,
			Instant submittedAt, String submittedBy, String review, String reviewNote) {
	}

	record Supervision(long id, String level, String levelLabel, String note, LocalDate replyDue, Instant createdAt,
			String createdBy, String reply, Instant repliedAt, boolean overdue) {
	}

	/** One entry of a task's timeline: reports, milestones, 督办 and replies in date order. */
	public record Event(Instant at, String kind, String text) {
	}

	public record TaskDetail(TaskSummary task, String planTitle, String text, List<String> coUnitNames,
			List<Milestone> milestones, List<Report> reports, List<Supervision> supervisions, List<TargetView> targets,
			List<Event> timeline) {
	}

	public record Actual(String period, BigDecimal value, String source, String note) {
	}

	/** A target with its actual values and how it stands: ACHIEVED, ON_TRACK, AT_RISK, MISSED, or null (no data). */
	public record TargetView(long id, long planId, Long taskId, String indicator, String comparator, String comparatorLabel,
			BigDecimal value, BigDecimal upper, String unit, String qualifier, int period, BigDecimal baseline,
			boolean main, String quote, List<Actual> actuals, String assessment, String assessmentLabel,
			String phrase) {
	}

	public record Result(String indicator, String comparator, BigDecimal value, String unit, String qualifier, Integer period,
			String quote) {
	}

}
