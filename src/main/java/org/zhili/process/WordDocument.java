package org.zhili.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The one way a loop writes a Word document (a year's review, a 信访处理意见书, a 调解协议书, a yearly report): a
 * centred title, headings, paragraphs, tables and a signature block, in the 宋体 official documents use. Built top
 * to bottom, then {@link #bytes()}.
 */
public final class WordDocument {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final XWPFDocument doc = new XWPFDocument();

	private WordDocument(String title) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, title, 18, true);
	}

	public static WordDocument titled(String title) {
		return new WordDocument(title);
	}

	/** A line under the title in smaller type, centred (a document number: 南开信访意〔2026〕12号). */
	public WordDocument subtitle(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, text, 11, false);
		return this;
	}

	public WordDocument heading(String text) {
		run(doc.createParagraph(), text, 14, true);
		return this;
	}

	/** A bold line within a section (a part's name). */
	public WordDocument strong(String text) {
		run(doc.createParagraph(), text, 12, true);
		return this;
	}

	public WordDocument paragraph(String text) {
		run(doc.createParagraph(), text, 11, false);
		return this;
	}

	/** A table with a header row; {@code null} cells stay empty. */
	public WordDocument table(List<String> headers, List<List<String>> rows) {
		XWPFTable table = doc.createTable(1, headers.size());
		cells(table.getRow(0), headers);
		rows.forEach(row -> cells(table.createRow(), row));
		return this;
	}

	/** The issuing unit and date, right-aligned, as an official document closes. */
	public WordDocument signature(String unit, String date) {
		for (String line : List.of(unit, date)) {
			XWPFParagraph p = doc.createParagraph();
			p.setAlignment(ParagraphAlignment.RIGHT);
			run(p, line, 11, false);
		}
		return this;
	}

	public byte[] bytes() {
		try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void run(XWPFParagraph p, String text, int size, boolean bold) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		run.setFontFamily("宋体");
	}

	private static void cells(XWPFTableRow row, List<String> texts) {
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i) == null ? "" : texts.get(i);
			(row.getCell(i) == null ? row.addNewTableCell() : row.getCell(i)).setText(text);
		}
	}
}
