package org.zhili.plans.internal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhili.plans.TaskStatus;
import org.zhili.plans.internal.tasks.TaskViews.TaskSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** How a plan's and a section's progress roll up from their tasks, and in which order a tree lists its tasks. */
class PlanViewsTest {

	static TaskSummary task(long id, String weight, int progress) {
		return new TaskSummary(id, 1, null, Long.toString(id), "任务" + id, null, null, List.of(), null,
				LocalDate.of(2026, 12, 31), new BigDecimal(weight), progress, TaskStatus.ON_TRACK, "正常推进", null);
	}

	@Test
	void progressIsWeightedByTheTasksWeights() {
		// (2 × 40 + 1 × 100) / 3 = 60
		assertThat(PlanViews.weighted(List.of(task(1, "2", 40), task(2, "1", 100)))).isEqualByComparingTo("60.0");
		// (1 × 33 + 2 × 50) / 3 = 44.33… → 44.3
		assertThat(PlanViews.weighted(List.of(task(1, "1", 33), task(2, "2", 50)))).isEqualByComparingTo("44.3");
		// (1 × 45 + 3 × 40) / 4 = 41.25 → 41.3, half up
		assertThat(PlanViews.weighted(List.of(task(1, "1", 45), task(2, "3", 40)))).isEqualByComparingTo("41.3");
	}

	@Test
	void withoutTasksThereIsNoProgress() {
		assertThat(PlanViews.weighted(List.of())).isNull();
	}

	@Test
	void aTreeListsTheTasksOutsideSectionsFirstThenDepthFirst() {
		PlanViews.SectionNode sub = new PlanViews.SectionNode(11, "（一）", "子", 2, null, List.of(), List.of(task(3, "1", 0)));
		PlanViews.SectionNode first = new PlanViews.SectionNode(10, "一", "一", 1, null, List.of(sub), List.of(task(2, "1", 0)));
		PlanViews.SectionNode second = new PlanViews.SectionNode(20, "二", "二", 1, null, List.of(), List.of(task(4, "1", 0)));
		PlanViews.PlanSummary plan = new PlanViews.PlanSummary(1, "计划", 2026, "WORK_POINTS", true, false, null, 4,
				Map.of());
		PlanViews.PlanTree tree = new PlanViews.PlanTree(plan, null, List.of(first, second), List.of(task(1, "1", 0)),
				List.of(), List.of());

		assertThat(PlanViews.allTasks(tree)).extracting(TaskSummary::id).containsExactly(1L, 2L, 3L, 4L);
	}
}
