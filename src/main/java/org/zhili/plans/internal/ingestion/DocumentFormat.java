package org.zhili.plans.internal.ingestion;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.zhili.platform.ApiProblem;

/** The file formats a document is received in, told by the file's extension or else its content type. */
enum DocumentFormat {

	TEXT(".txt", "text/plain"), DOCX(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	PDF(".pdf", "application/pdf"), XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;
	private final String contentType;

	DocumentFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	/** The format of an upload; a file of any other kind is refused with 415 naming its type. */
	static DocumentFormat of(String filename, String contentType) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
		int dot = name.lastIndexOf('.');
		if (dot >= 0) {
			String ext = name.substring(dot);
			if (ext.equals(".text")) {
				return TEXT;
			}
			for (DocumentFormat f : values()) {
				if (f.extension.equals(ext)) {
					return f;
				}
			}
			throw unsupported(ext);
		}
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		int semi = type.indexOf(';');
		type = (semi >= 0 ? type.substring(0, semi) : type).strip();
		for (DocumentFormat f : values()) {
			if (f.contentType.equals(type)) {
				return f;
			}
		}
		if (type.isEmpty() || type.equals("application/octet-stream")) {
			return TEXT; // a nameless upload of unknown type is tried as UTF-8 text and refused if it is not
		}
		throw unsupported(type);
	}

	private static ApiProblem unsupported(String shown) {
		return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_format",
				"不支持 " + shown + " 格式：请上传 .txt（UTF-8）、.docx、.pdf 或 .xlsx 文件，或直接粘贴文本",
				List.of(new ApiProblem.FieldError("file", "不支持 " + shown + " 格式")), null);
	}
}
