package org.zhili.plans.internal.ingestion;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the binary ingestion fixtures (.docx, .pdf, .xlsx) under {@code src/test/resources/ingestion/} from their
 * text sources in {@code sources/}. The outputs are committed; run again after changing a source:
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.zhili.plans.internal.ingestion.IngestionFixtureWriter \
 *     src/test/resources/ingestion /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
 * </pre>
 * (cp.txt from {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=cp.txt}). The PDF needs a CJK font.
 */
public final class IngestionFixtureWriter {

	/** Characters a printed line of the speech holds, and lines a page. */
	static final int PDF_LINE = 36;
	static final int PDF_LINES_PER_PAGE = 24;

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		File font = new File(args[1]);
		Files.write(dir.resolve("city-management-points.docx"), docx(source(dir, "city-management-points.docx.txt")));
		Files.write(dir.resolve("safety-speech.pdf"), pdf(source(dir, "safety-speech.pdf.txt"), font));
		Files.write(dir.resolve("task-split.xlsx"), xlsx(source(dir, "task-split.tsv")));
	}

	private static List<String> source(Path dir, String name) throws IOException {
		return Files.readAllLines(dir.resolve("sources").resolve(name), StandardCharsets.UTF_8).stream()
			.filter(l -> !l.startsWith("# ") && !l.isBlank()).toList();
	}

	static byte[] docx(List<String> lines) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				XWPFParagraph p = doc.createParagraph();
				XWPFRun run = p.createRun();
				if (line.startsWith("## ")) {
					run.setBold(true);
					run.setText(line.substring(3));
				}
				else {
					run.setText(line);
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	/** The paragraphs wrapped at {@link #PDF_LINE} characters, paginated, with page numbers at the foot. */
	static byte[] pdf(List<String> paragraphs, File fontFile) throws IOException {
		List<String> printed = new ArrayList<>();
		for (String p : paragraphs) {
			for (int i = 0; i < p.length(); i += PDF_LINE) {
				printed.add(p.substring(i, Math.min(p.length(), i + PDF_LINE)));
			}
		}
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont font = PDType0Font.load(doc, new org.apache.fontbox.ttf.TrueTypeCollection(fontFile)
				.getFontByName("WenQuanYiMicroHei"), true);
			int page = 0;
			for (int from = 0; from < printed.size(); from += PDF_LINES_PER_PAGE) {
				page++;
				PDPage p = new PDPage(PDRectangle.A4);
				doc.addPage(p);
				try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
					float y = 780;
					for (String line : printed.subList(from, Math.min(printed.size(), from + PDF_LINES_PER_PAGE))) {
						text(cs, font, line, 60, y);
						y -= 28;
					}
					text(cs, font, "- " + page + " -", 280, 40);
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	private static void text(PDPageContentStream cs, PDFont font, String s, float x, float y) throws IOException {
		cs.beginText();
		cs.setFont(font, 13);
		cs.newLineAtOffset(x, y);
		cs.showText(s);
		cs.endText();
	}

	static byte[] xlsx(List<String> rows) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = wb.createSheet("任务分解");
			for (int r = 0; r < rows.size(); r++) {
				String[] cells = rows.get(r).split("\t");
				var row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}
}
