package org.zhili.process.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Exports;

/** Every loop's export: the workbook as the answer, and one audit record saying who exported what, and how much. */
@Service
class AuditedExports implements Exports {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ChinaTime.ZONE);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ChinaTime.ZONE);
	private static final int MAX_FILTER = 800;

	private final AuditTrail audit;
	private final Clock clock;

	AuditedExports(AuditTrail audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public <T> Result export(Spec<T> spec, Rows<T> rows, Actor actor, HttpServletResponse response) throws IOException {
		Instant now = clock.instant();
		try (ExportWorkbook<T> workbook = new ExportWorkbook<>(spec)) {
			Result result = workbook.fill(rows);
			workbook.describe(facts(spec, result, actor, now));
			String filter = spec.filter().length() > MAX_FILTER ? spec.filter().substring(0, MAX_FILTER) + "…" : spec.filter();
			audit.success(spec.loop() + ".export", spec.loop(), "导出" + spec.what() + " " + result.rows() + " 件"
					+ (result.cut() ? "（已截断）" : "") + "；筛选：" + filter);
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(spec.what() + "-" + STAMP.format(now) + ".xlsx", StandardCharsets.UTF_8)
				.build()
				.toString());
			response.setHeader("X-Export-Rows", Integer.toString(result.rows()));
			response.setHeader("X-Export-Truncated", Boolean.toString(result.cut()));
			workbook.write(response.getOutputStream());
			return result;
		}
	}

	@Override
	public <T> Result csv(Spec<T> spec, Rows<T> rows, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(spec.what() + "-" + STAMP.format(clock.instant()) + ".csv", StandardCharsets.UTF_8)
			.build()
			.toString());
		// streamed: the counts are known only at the end, so a cut list says so in its last line
		Writer body = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		body.write('\uFEFF');
		CSVPrinter out = new CSVPrinter(body, CSVFormat.RFC4180);
		Result result = CsvTable.print(spec, rows, out);
		if (result.cut()) {
			out.printRecord("仅列出前 " + spec.maxRows() + " 条");
		}
		out.flush();
		return result;
	}

	/** The 说明 sheet's lines. */
	static Map<String, String> facts(Spec<?> spec, Result result, Actor actor, Instant at) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("导出时间", TIME.format(at));
		facts.put("导出人", actor.username());
		facts.put("数据范围", actor.scope().unitCode());
		facts.put("筛选条件", spec.filter());
		facts.put(spec.what() + "数", Integer.toString(result.rows()));
		facts.putAll(spec.notes());
		if (result.cut()) {
			facts.put("注意", "符合条件的" + spec.what() + "超过 " + spec.maxRows() + " 件，仅导出前 " + spec.maxRows()
					+ " 件，请缩小筛选范围");
		}
		return facts;
	}
}
