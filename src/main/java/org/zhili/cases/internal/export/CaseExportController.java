package org.zhili.cases.internal.export;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.cases.internal.views.CaseFilter;
import org.zhili.cases.internal.views.CaseQueries;
import org.zhili.cases.internal.views.CaseViews;
import org.zhili.cases.internal.web.CaseListParams;
import org.zhili.identity.Actor;
import org.zhili.process.Exports;

/**
 * 导出 Excel: any case list, with the same filters as {@code GET /api/v1/cases}, at most
 * {@value #MAX_ROWS} cases, requester name and phone always masked, every export audited by the process kit
 * ({@code cases.export}, with the filter and the row count).
 */
@RestController
@Tag(name = "接诉即办")
class CaseExportController {

	static final int MAX_ROWS = 50_000;
	static final String XLSX = Exports.XLSX;

	private final CaseQueries queries;
	private final Exports exports;

	CaseExportController(CaseQueries queries, Exports exports) {
		this.queries = queries;
		this.exports = exports;
	}

	@GetMapping("/api/v1/cases/export.xlsx")
	@PreAuthorize("hasAuthority('CASE_EXPORT')")
	@Operation(summary = "导出工单列表为 Excel（与列表相同的筛选参数；最多 50,000 件；诉求人信息脱敏；记入审计）")
	void export(Actor actor, @ModelAttribute CaseListParams params, HttpServletResponse response) throws IOException {
		CaseFilter filter = params.filter();
		String criteria = params.criteria().isEmpty() ? "全部" : params.criteria().toString();
		Exports.Spec<CaseWorkbook.Line> spec = Exports.Spec.of("cases", "工单", criteria, CaseWorkbook.COLUMNS, MAX_ROWS)
			.withNote("个人信息", "诉求人姓名、电话已脱敏");
		exports.export(spec, (limit, sink) -> queries.stream(actor.scope(), filter, limit,
				(c, requester) -> sink.accept(new CaseWorkbook.Line(c, CaseViews.requester(requester, actor)))), actor,
				response);
	}
}
