package org.zhili.plans.internal.ingestion;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.platform.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The readers of each file format: what text and heading signals they hand on. */
class DocumentReadersTest {

	@Test
	void boldShortParagraphsOfADocxAreHeadings() throws Exception {
		DocumentText doc = DocxReader.read(IngestionFixtureWriter.docx(List.of("南开区2026年工作要点", "## 坚持精细管理，全面提升市容环境品质",
				"推进主次干道环境综合整治。道路机扫水洗率达到95%以上。", "## 深化垃圾分类", "完善分类投放收集体系。")));

		assertThat(doc.text()).startsWith("南开区2026年工作要点\n坚持精细管理，全面提升市容环境品质\n");
		assertThat(doc.headingStarts()).containsExactlyInAnyOrder(doc.text().indexOf("坚持精细管理"),
				doc.text().indexOf("深化垃圾分类"));
	}

	@Test
	void thePdfFixtureGivesItsTextLayerWithoutPageNumbersAndWithItsLinesJoined() {
		DocumentText doc = IngestService.read("safety-speech.pdf", null, IngestionFixtures.bytes("/ingestion/safety-speech.pdf"));

		assertThat(doc.text()).contains("过去一年，全区安全生产形势总体平稳，全年共排查整改各类隐患4860处，查处违法违规行为312起")
			.doesNotContain("- 1 -");
		assertThat(doc.text().lines().filter(l -> l.startsWith("要")).count()).isEqualTo(4);
	}

	@Test
	void aPdfWithoutATextLayerIsRefusedByName() throws Exception {
		byte[] blank;
		try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			pdf.save(out);
			blank = out.toByteArray();
		}
		assertThatThrownBy(() -> PdfReader.read(blank)).isInstanceOf(ApiProblem.class).hasMessageContaining("没有文字层");
	}

	@Test
	void anExcelSheetIsReadAsTabSeparatedRows() {
		DocumentText doc = XlsxReader.read(IngestionFixtures.bytes("/ingestion/task-split.xlsx"));

		List<String> lines = doc.text().lines().filter(l -> !l.isBlank()).toList();
		assertThat(lines.get(0)).isEqualTo("南开区2026年政府工作报告重点工作任务分解表");
		assertThat(lines.get(1)).isEqualTo("序号\t重点任务\t具体目标\t牵头单位\t配合单位\t完成时限\t责任领导");
		assertThat(lines).hasSize(14);
	}

	@Test
	void theFormatIsTheExtensionElseTheContentType() {
		assertThat(DocumentFormat.of("要点.DOCX", null)).isEqualTo(DocumentFormat.DOCX);
		assertThat(DocumentFormat.of("讲话", "application/pdf; charset=binary")).isEqualTo(DocumentFormat.PDF);
		assertThat(DocumentFormat.of(null, null)).isEqualTo(DocumentFormat.TEXT);
		assertThatThrownBy(() -> DocumentFormat.of("汇报.pptx", "application/pdf")).isInstanceOf(ApiProblem.class)
			.hasMessageContaining(".pptx");
		assertThatThrownBy(() -> DocumentFormat.of("扫描件", "image/png")).hasMessageContaining("image/png");
	}

	@Test
	void textThatIsNotUtf8IsRefused() {
		assertThatThrownBy(() -> IngestService.read("要点.txt", null, "南开区".getBytes(java.nio.charset.Charset.forName("GBK"))))
			.isInstanceOf(ApiProblem.class).hasMessageContaining("UTF-8");
		assertThat(IngestService.read("要点.txt", null, "南开区工作要点。".getBytes(StandardCharsets.UTF_8)).text())
			.isEqualTo("南开区工作要点。\n");
	}
}
