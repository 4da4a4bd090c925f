package org.zhili.plans.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.zhili.plans.TaskStatus;
import org.zhili.plans.internal.targets.TargetViews.TargetView;
import org.zhili.plans.internal.tasks.TaskViews.TaskSummary;

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

	/** Σ weight × progress / Σ weight, one decimal; {@code null} without tasks. */
	public static BigDecimal weighted(Collection<TaskSummary> tasks) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (TaskSummary t : tasks) {
			sum = sum.add(t.weight().multiply(BigDecimal.valueOf(t.progress())));
			weights = weights.add(t.weight());
		}
		return weights.signum() == 0 ? null : sum.divide(weights, 1, RoundingMode.HALF_UP);
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

	/** A result the document reported for the year before (工作回顾), the baseline of this year's targets. */
	public record Result(String indicator, String comparator, BigDecimal value, String unit, String qualifier,
			Integer period, String quote) {
	}
}
