package org.zhili.plans.internal.ingestion;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.zhili.platform.ApiProblem;

/**
 * The text layer of a PDF, page by page in reading order. Its lines are the printed lines: {@link WebFurniture}
 * drops the page numbers and joins the lines of a paragraph back. A scan without a text layer is refused: there is
 * nothing to read without OCR.
 */
final class PdfReader {

	private PdfReader() {
	}

	static DocumentText read(byte[] bytes) {
		String text;
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
				throw ApiProblem.badInput("file", "protected_pdf", "该 PDF 禁止提取文字，请上传未加密的文件");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			text = stripper.getText(doc);
		}
		catch (IOException e) {
			throw ApiProblem.badInput("file", "unreadable_pdf", "无法读取该 .pdf 文件：它不是有效的 PDF 文档");
		}
		if (text.strip().isEmpty()) {
			throw ApiProblem.badInput("file", "pdf_without_text", "该 PDF 没有文字层（可能是扫描件），无法识别；请上传带文字的 PDF 或 Word 文件");
		}
		return DocumentText.plain(text);
	}
}
