package org.zhili.plans.internal.plan;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.tasks.TaskViews;
import org.zhili.process.Exports;
import org.zhili.process.Exports.Column;

/**
 * 任务清单导出: a plan's tasks as {@code GET /api/v1/plans/{id}} shows them to the caller (a unit sees the tasks it
 * leads or helps with), through the process kit's audited export.
 */
@RestController
@Tag(name = "督查督办")
class PlanTaskExportController {

	static final int MAX_ROWS = 10_000;

	/** A task with the section it sits in ({@code null} outside any section). */
	record Line(TaskViews.TaskSummary task, String section) {
	}

	static final List<Column<Line>> COLUMNS = List.of(
			Column.of("编号", 8, l -> l.task().number()),
			Column.of("章节", 30, Line::section),
			Column.of("任务", 40, l -> l.task().title()),
			Column.of("牵头单位", 18, l -> l.task().leadUnitName()),
			Column.of("状态", 10, l -> l.task().statusLabel()),
			Column.of("进度(%)", 8, l -> l.task().progress()),
			Column.of("完成时限", 12, l -> l.task().deadline()));

	static final List<String> HEADERS = COLUMNS.stream().map(Column::header).toList();

	private final PlanService plans;
	private final Exports exports;

	PlanTaskExportController(PlanService plans, Exports exports) {
		this.plans = plans;
		this.exports = exports;
	}

	@GetMapping("/api/v1/plans/{id}/tasks.xlsx")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "导出计划的任务清单为 Excel（章节、任务、牵头单位、状态、进度、时限；单位账号只含本单位的任务；记入审计）")
	void export(@PathVariable long id, Actor actor, HttpServletResponse response) throws IOException {
		PlanViews.PlanTree tree = plans.tree(id, actor);
		Map<Long, String> sections = new HashMap<>();
		name(tree.sections(), sections);
		List<Line> lines = PlanViews.allTasks(tree).stream()
			.map(t -> new Line(t, t.sectionId() == null ? null : sections.get(t.sectionId())))
			.toList();
		Exports.Spec<Line> spec = Exports.Spec.of("plans.tasks", "任务", "计划 " + id + "《" + tree.plan().title() + "》",
				COLUMNS, MAX_ROWS);
		exports.export(spec, Exports.Rows.of(lines), actor, response);
	}

	/** Each section's name as people read it: its number and title. */
	private static void name(List<PlanViews.SectionNode> nodes, Map<Long, String> into) {
		for (PlanViews.SectionNode n : nodes) {
			into.put(n.id(), n.number() == null || n.number().isBlank() ? n.title() : n.number() + " " + n.title());
			name(n.sections(), into);
		}
	}
}
