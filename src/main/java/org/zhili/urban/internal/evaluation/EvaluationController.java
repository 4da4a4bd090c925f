package org.zhili.urban.internal.evaluation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.process.Exports;
import org.zhili.process.WordDocument;

/** The monthly 综合评价 over HTTP: as JSON, as a workbook (the kit's audited export) and as the .docx 通报. */
@RestController
@RequestMapping("/api/v1/urban")
@Tag(name = "数字城管综合评价", description = "按月的区域、专业部门和岗位（监督员、值班长、派遣员）评价，GB/T 30428.4 指标、综合指标值和 A–E 等级")
class EvaluationController {

	static final String READERS = "hasAuthority('URBAN_VIEW') and hasAuthority('STATS_VIEW')";

	/** An indicator as the answer names it. */
	record IndicatorView(Indicator code, String label, String definition) {

		static IndicatorView of(Indicator i) {
			return new IndicatorView(i, i.header(), i.definition());
		}
	}

	record RowView(String code, String name, Map<Indicator, BigDecimal> figures, BigDecimal composite, Grade grade,
			boolean own) {
	}

	record TableView(EvaluationFamily family, String label, String level, String parent, String weights,
			List<IndicatorView> columns, List<RowView> rows) {
	}

	record EvaluationView(String month, Instant from, Instant to, Instant cutoff, boolean provisional,
			Map<Indicator, BigDecimal> district, List<String> sentences, List<TableView> tables, String grades) {
	}

	private final UrbanEvaluation evaluation;
	private final EvaluationDocuments documents;
	private final Exports exports;

	EvaluationController(UrbanEvaluation evaluation, EvaluationDocuments documents, Exports exports) {
		this.evaluation = evaluation;
		this.documents = documents;
		this.exports = exports;
	}

	@GetMapping("/evaluation")
	@PreAuthorize(READERS)
	@Operation(summary = "月度综合评价", description = "month 如 2026-11（不填为上月）；region 不填按街道，填街道代码按其社区，填社区代码按其网格")
	EvaluationView month(@RequestParam(required = false) String month, @RequestParam(required = false) String region,
			Actor actor) {
		return view(evaluation.evaluate(month, region, actor));
	}

	@GetMapping("/evaluation.xlsx")
	@PreAuthorize(READERS)
	@Operation(summary = "月度综合评价导出为 Excel（各类评价一张表，说明页含报告、口径和权重；记入审计）")
	void workbook(@RequestParam(required = false) String month, @RequestParam(required = false) String region, Actor actor,
			HttpServletResponse response) throws IOException {
		MonthlyEvaluation e = evaluation.evaluate(month, region, actor);
		exports.export(documents.spec(e), Exports.Rows.of(documents.lines(e)), actor, response);
	}

	@GetMapping("/evaluation.docx")
	@PreAuthorize(READERS)
	@Operation(summary = "月度综合评价通报（Word）")
	ResponseEntity<byte[]> document(@RequestParam(required = false) String month,
			@RequestParam(required = false) String region, Actor actor) {
		MonthlyEvaluation e = evaluation.evaluate(month, region, actor);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(documents.fileName(e, "docx"), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(WordDocument.DOCX))
			.body(documents.docx(e));
	}

	private EvaluationView view(MonthlyEvaluation e) {
		List<TableView> tables = e.tables()
			.stream()
			.map(t -> new TableView(t.family(), t.family().label(), t.level(), t.parent(), documents.weights(t.family()),
					t.columns().stream().map(IndicatorView::of).toList(),
					t.rows().stream().map(r -> new RowView(r.code(), r.name(), r.figures(), r.composite(), r.grade(), r.own())).toList()))
			.toList();
		return new EvaluationView(e.month().month().toString(), e.month().from(), e.month().to(), e.month().cutoff(),
				e.month().provisional(), e.district(), e.sentences(), tables, documents.grades());
	}
}
