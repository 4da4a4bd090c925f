package org.zhili.cases.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.platform.ChinaTime;

/**
 * 导出 Excel: any case list, with the same filters as {@code GET /api/v1/cases}, at most
 * {@value #MAX_ROWS} cases, requester name and phone always masked, every export audited
 * ({@code cases.export}, with the filter and the row count).
 */
@RestController
@Tag(name = "接诉即办")
class CaseExportController {

	static final int MAX_ROWS = 50_000;
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ChinaTime.ZONE);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ChinaTime.ZONE);

	private final CaseQueries queries;
	private final AuditTrail audit;
	private final Clock clock;

	CaseExportController(CaseQueries queries, AuditTrail audit, Clock clock) {
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/v1/cases/export.xlsx")
	@PreAuthorize("hasAuthority('CASE_EXPORT')")
	@Operation(summary = "导出工单列表为 Excel（与列表相同的筛选参数；最多 50,000 件；诉求人信息脱敏；记入审计）")
	void export(Actor actor, @ModelAttribute CaseListParams params, HttpServletResponse response) throws IOException {
		CaseFilter filter = params.filter();
		String criteria = params.criteria().isEmpty() ? "全部" : params.criteria().toString();
		try (CaseWorkbook workbook = new CaseWorkbook()) {
			// One more than the limit tells whether the list was cut.
			int found = queries.stream(actor.scope(), filter, MAX_ROWS + 1, (c, requester) -> {
				if (workbook.rows() < MAX_ROWS) {
					workbook.add(c, CaseViews.requester(requester, actor));
				}
			});
			boolean cut = found > MAX_ROWS;
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("导出时间", TIME.format(clock.instant()));
			facts.put("导出人", actor.username());
			facts.put("数据范围", actor.scope().unitCode());
			facts.put("筛选条件", criteria);
			facts.put("工单数", Integer.toString(workbook.rows()));
			facts.put("个人信息", "诉求人姓名、电话已脱敏");
			if (cut) {
				facts.put("注意", "符合条件的工单超过 " + MAX_ROWS + " 件，仅导出前 " + MAX_ROWS + " 件，请缩小筛选范围");
			}
			workbook.describe(facts);
			audit.success("cases.export", "cases", "导出工单 " + workbook.rows() + " 件" + (cut ? "（已截断）" : "")
					+ "；筛选：" + criteria);
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("工单-" + STAMP.format(clock.instant()) + ".xlsx", StandardCharsets.UTF_8)
				.build()
				.toString());
			response.setHeader("X-Export-Rows", Integer.toString(workbook.rows()));
			response.setHeader("X-Export-Truncated", Boolean.toString(cut));
			workbook.write(response.getOutputStream());
		}
	}
}
