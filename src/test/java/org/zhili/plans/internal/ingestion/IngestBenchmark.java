package org.zhili.plans.internal.ingestion;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading documents into draft plans, without Spring or a database: a 100 KB work report (the two Nankai documents
 * repeated to 100 KB of UTF-8) by the outline parser alone and by the whole reader (furniture, form, items, units,
 * confidence); and a 200-page PDF with a text layer (text extraction, line joining, reading). The issue asks for
 * under a second and under ten seconds. Run with
 * <pre>
 * ./mvnw -q -o -Pbenchmark test-compile exec:exec -Dbenchmark=IngestBenchmark
 * </pre>
 * The PDF is printed in setup from the Nankai reports with a CJK font ({@code -Dbenchmark.font}, by default
 * WenQuanYi Micro Hei); without one, it is the speech fixture's pages imported 200 times.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.SingleShotTime, Mode.AverageTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m" })
public class IngestBenchmark {

	static final int PDF_PAGES = 200;

	private final PlanParser parser = new PlanParser();
	private final DraftReader reader = new DraftReader(IngestionFixtures.units());
	private String document;
	private byte[] pdf;

	@Setup
	public void load() throws IOException {
		String report = PlanParserTest.seed("nankai_2018_government_work_report.txt");
		String points = PlanParserTest.seed("nankai_2012_party_committee_work_points.txt");
		StringBuilder b = new StringBuilder();
		while (b.toString().getBytes(StandardCharsets.UTF_8).length < 100 * 1024) {
			b.append(report).append('\n').append(points).append('\n');
		}
		document = b.toString();
		byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
		System.out.printf("document: %d bytes, %d characters%n", bytes.length, document.length());
		pdf = pdf(report + "\n" + points);
		try (PDDocument d = Loader.loadPDF(pdf)) {
			System.out.printf("pdf: %d pages, %d bytes, %d characters of text%n", d.getNumberOfPages(), pdf.length,
					PdfReader.read(pdf).text().length());
		}
	}

	/** {@value #PDF_PAGES} pages of the reports' paragraphs, printed, or the fixture's pages imported. */
	private static byte[] pdf(String text) throws IOException {
		File font = new File(System.getProperty("benchmark.font", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
		int lines = IngestionFixtureWriter.PDF_LINES_PER_PAGE * PDF_PAGES;
		if (font.isFile()) {
			List<String> paragraphs = new ArrayList<>();
			int printed = 0;
			while (printed < lines) {
				for (String p : text.split("\n")) {
					String t = p.strip();
					if (t.isEmpty() || printed >= lines) {
						continue;
					}
					paragraphs.add(t);
					printed += (t.length() + IngestionFixtureWriter.PDF_LINE - 1) / IngestionFixtureWriter.PDF_LINE;
				}
			}
			return IngestionFixtureWriter.pdf(paragraphs, font);
		}
		try (PDDocument source = Loader.loadPDF(IngestionFixtures.bytes("/ingestion/safety-speech.pdf"));
				PDDocument target = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			while (target.getNumberOfPages() < PDF_PAGES) {
				target.importPage(source.getPage(target.getNumberOfPages() % source.getNumberOfPages()));
			}
			target.save(out);
			return out.toByteArray();
		}
	}

	@Benchmark
	public DraftPlan parse100kb() {
		return parser.parse(document);
	}

	@Benchmark
	public DraftPlan read100kb() {
		return reader.read(DocumentText.plain(WebFurniture.clean(document)));
	}

	@Benchmark
	public DraftPlan readPdf200Pages() {
		return reader.read(DocumentText.plain(WebFurniture.clean(PdfReader.read(pdf).text())));
	}
}
