package org.zhili.plans.internal.suggestions;

import java.io.IOException;
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
import org.zhili.platform.ApiProblem;
import org.zhili.process.Exports;
import org.zhili.process.TimelineEntry;
import org.zhili.process.Exports.Column;

/**
 * 建议提案台账导出: the register as {@code GET /api/v1/suggestions} lists it (a unit sees the ones it leads or
 * helps with), with each suggestion's timeline, through the process kit's audited export.
 */
@RestController
@Tag(name = "建议提案办理")
public class SuggestionExportController {

	static final int MAX_ROWS = 10_000;

	static final List<Column<SuggestionService.Suggestion>> COLUMNS = List.of(
			Column.of("编号", 14, SuggestionService.Suggestion::number),
			Column.of("类别", 14, SuggestionService.Suggestion::kindLabel),
			Column.of("标题", 40, SuggestionService.Suggestion::title),
			Column.of("提出人", 16, SuggestionService.Suggestion::submitters),
			Column.of("状态", 10, SuggestionService.Suggestion::stateLabel),
			Column.of("主办单位", 18, SuggestionService.Suggestion::leadUnitName),
			Column.of("答复期限", 12, SuggestionService.Suggestion::due),
			Column.of("答复类别", 10, SuggestionService.Suggestion::grade),
			Column.of("满意度", 12, SuggestionService.Suggestion::satisfactionLabel),
			Column.of("按期答复", 10, SuggestionService.Suggestion::onTime));

	public static final List<String> HEADERS = COLUMNS.stream().map(Column::header).toList();

	private final SuggestionService suggestions;
	private final SuggestionTimeline timeline;
	private final Exports exports;

	SuggestionExportController(SuggestionService suggestions, SuggestionTimeline timeline, Exports exports) {
		this.suggestions = suggestions;
		this.timeline = timeline;
		this.exports = exports;
	}

	@GetMapping("/api/v1/suggestions/export.xlsx")
	@PreAuthorize("hasAuthority('PLAN_VIEW')")
	@Operation(summary = "导出建议提案台账为 Excel（与台账相同的范围和筛选；含办理时间线；记入审计）")
	void export(Actor actor, @RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
			HttpServletResponse response) throws IOException {
		if (year != null && (year < 2000 || year > 2100)) {
			throw ApiProblem.badInput("year", "invalid_year", "年份须在2000至2100之间");
		}
		if (kind != null && kind.isBlank()) {
			kind = null;
		}
		if (kind != null && !kind.equals("DEPUTY") && !kind.equals("CPPCC")) {
			throw ApiProblem.badInput("kind", "invalid_kind", "类别须为 DEPUTY 或 CPPCC");
		}
		List<SuggestionService.Suggestion> register = suggestions.list(actor, year, kind);
		// the timelines of the rows that will be written, read at once
		Map<Long, List<TimelineEntry>> events = timeline
			.of(register.subList(0, Math.min(register.size(), MAX_ROWS)));
		List<String> filter = new ArrayList<>();
		if (year != null) {
			filter.add("year=" + year);
		}
		if (kind != null) {
			filter.add("kind=" + kind);
		}
		Exports.Spec<SuggestionService.Suggestion> spec = Exports.Spec
			.of("plans.suggestions", "建议提案", String.join(", ", filter), COLUMNS, MAX_ROWS)
			.withTimeline(SuggestionService.Suggestion::number, s -> events.getOrDefault(s.id(), List.of()));
		exports.export(spec, Exports.Rows.of(register), actor, response);
	}
}
