package org.zhili.opinion.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.opinion.Signals;
import org.zhili.process.Exports;
import org.zhili.process.Exports.Column;
import org.zhili.process.Journal;
import org.zhili.process.TimelineEntry;

/** The signals' list and figures as Excel, through the kit's audited export. */
@RestController
@Tag(name = "舆情")
class SignalExportController {

	private static final int MAX_ROWS = 5000;

	private static final List<Column<SignalViews.SignalLine>> COLUMNS = List.of(
			Column.of("编号", 16, SignalViews.SignalLine::ref), Column.of("标题", 40, SignalViews.SignalLine::title),
			Column.of("来源", 12, SignalViews.SignalLine::sourceLabel),
			Column.of("首次发现", 18, SignalViews.SignalLine::firstSeen),
			Column.of("传播", 8, SignalViews.SignalLine::reachLabel),
			Column.of("倾向", 8, SignalViews.SignalLine::sentimentLabel),
			Column.of("街道", 14, SignalViews.SignalLine::streetName),
			Column.of("分类", 14, SignalViews.SignalLine::categoryName),
			Column.of("状态", 10, SignalViews.SignalLine::stateLabel),
			Column.of("核实单位", 16, SignalViews.SignalLine::verifyUnitName),
			Column.of("结果", 20, SignalViews.SignalLine::outcomeLabel));

	/** One line of the figures' sheet. */
	record FigureRow(String group, String item, Object value) {
	}

	private static final List<Column<FigureRow>> FIGURE_COLUMNS = List.of(Column.of("统计项", 14, FigureRow::group),
			Column.of("项目", 20, FigureRow::item), Column.of("数值", 12, FigureRow::value));

	private final SignalReader reader;
	private final SignalFigures figures;
	private final SignalSteps steps;
	private final Journal journal;
	private final Exports exports;

	SignalExportController(SignalReader reader, SignalFigures figures, SignalSteps steps, Journal journal,
			Exports exports) {
		this.reader = reader;
		this.figures = figures;
		this.steps = steps;
		this.journal = journal;
		this.exports = exports;
	}

	@GetMapping("/api/v1/signals/export.xlsx")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "导出舆情台账为 Excel（与列表相同的范围和筛选；含全过程记录；记入审计）")
	void export(Actor actor, @RequestParam(required = false) String state, @RequestParam(required = false) String source,
			HttpServletResponse response) throws IOException {
		List<SignalViews.SignalLine> lines = reader.list(actor, SignalController.state(state),
				source == null || source.isBlank() ? null : source, MAX_ROWS + 1);
		Map<Long, List<TimelineEntry>> timelines = journal.timelines(Signals.LOOP,
				lines.stream().limit(MAX_ROWS).map(SignalViews.SignalLine::id).toList());
		List<String> filter = new ArrayList<>();
		if (state != null && !state.isBlank()) {
			filter.add("state=" + state);
		}
		if (source != null && !source.isBlank()) {
			filter.add("source=" + source);
		}
		Exports.Spec<SignalViews.SignalLine> spec = Exports.Spec
			.of("signals", "舆情", String.join(", ", filter), COLUMNS, MAX_ROWS)
			.withTimeline(SignalViews.SignalLine::ref, l -> timelines.getOrDefault(l.id(), List.of()));
		exports.export(spec, Exports.Rows.of(lines), actor, response);
	}

	@GetMapping("/api/v1/signals/figures.xlsx")
	@PreAuthorize("hasAuthority('OPINION_VIEW')")
	@Operation(summary = "导出舆情统计为 Excel（按来源、倾向、结果，研判与核实用时中位数；记入审计）")
	void exportFigures(Actor actor, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, HttpServletResponse response) throws IOException {
		SignalPeriod p = SignalPeriod.of(from, to, steps);
		SignalFigures.Figures f = figures.of(p.from(), p.to(), actor);
		List<FigureRow> rows = new ArrayList<>();
		rows.add(new FigureRow("合计", "舆情件数", f.total()));
		f.bySource().forEach(c -> rows.add(new FigureRow("来源", c.label(), c.count())));
		f.bySentiment().forEach(c -> rows.add(new FigureRow("倾向", c.label(), c.count())));
		f.byOutcome().forEach(c -> rows.add(new FigureRow("结果", c.label(), c.count())));
		rows.add(new FigureRow("用时", "研判用时中位数（小时）", f.medianTriageHours()));
		rows.add(new FigureRow("用时", "核实用时中位数（小时）", f.medianVerifyHours()));
		rows.add(new FigureRow("回应", "已发布回应口径", f.published()));
		Exports.Spec<FigureRow> spec = Exports.Spec.of("signal-figures", "舆情统计", "from=" + p.from() + ", to=" + p.to(),
				FIGURE_COLUMNS, 200);
		exports.export(spec, Exports.Rows.of(rows), actor, response);
	}
}
