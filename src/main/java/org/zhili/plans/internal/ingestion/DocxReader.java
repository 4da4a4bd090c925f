package org.zhili.plans.internal.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.zhili.platform.ApiProblem;

/**
 * A Word document's paragraphs and tables in order (a table row becomes one line, cells separated by tabs, as a
 * 任务分解表 pasted from Excel reads). A paragraph in a heading style, or short and all bold, is marked as a
 * heading: the signal an unnumbered work-points document gives only through its formatting.
 */
final class DocxReader {

	/** Longest all-bold paragraph still taken for a heading. */
	private static final int MAX_BOLD_HEADING = 40;

	private DocxReader() {
	}

	static DocumentText read(byte[] bytes) {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			StringBuilder b = new StringBuilder();
			Set<Integer> headings = new HashSet<>();
			for (IBodyElement e : doc.getBodyElements()) {
				if (e instanceof XWPFParagraph p) {
					String text = p.getText().strip();
					if (text.isEmpty()) {
						continue;
					}
					if (isHeading(doc, p, text)) {
						headings.add(b.length());
					}
					b.append(text).append('\n');
				}
				else if (e instanceof XWPFTable t) {
					t.getRows().forEach(r -> {
						StringBuilder row = new StringBuilder();
						r.getTableCells().forEach(c -> row.append(row.isEmpty() ? "" : "\t")
							.append(c.getText().replaceAll("\\s+", " ").strip()));
						b.append(row).append('\n');
					});
				}
			}
			return new DocumentText(b.toString(), headings);
		}
		catch (IOException | RuntimeException e) {
			throw ApiProblem.badInput("file", "unreadable_docx", "无法读取该 .docx 文件：它不是有效的 Word 文档");
		}
	}

	private static boolean isHeading(XWPFDocument doc, XWPFParagraph p, String text) {
		String style = p.getStyleID();
		if (style != null) {
			String name = doc.getStyles() != null && doc.getStyles().getStyle(style) != null
					? doc.getStyles().getStyle(style).getName() : style;
			String s = (style + " " + name).toLowerCase(Locale.ROOT);
			if (s.contains("heading") || s.contains("标题")) {
				return true;
			}
		}
		if (text.length() > MAX_BOLD_HEADING || text.contains("。")) {
			return false;
		}
		boolean any = false;
		for (XWPFRun r : p.getRuns()) {
			String t = r.text();
			if (t == null || t.isBlank()) {
				continue;
			}
			if (!r.isBold()) {
				return false;
			}
			any = true;
		}
		return any;
	}
}
