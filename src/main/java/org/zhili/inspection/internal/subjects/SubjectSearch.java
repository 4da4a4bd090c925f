package org.zhili.inspection.internal.subjects;

import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects.Kind;

/**
 * A search of the library as people make it on its page: a name or code, a street, an industry, a class, a type or
 * a tag ({@code null}: any), one page at a time.
 *
 * @param q part of the name, or the start of the 统一社会信用代码
 */
public record SubjectSearch(String q, String streetCode, String industry, CreditClass creditClass, Kind kind,
		String tag, int page, int size) {

	public SubjectSearch {
		q = blankToNull(q);
		streetCode = blankToNull(streetCode);
		industry = blankToNull(industry);
		tag = blankToNull(tag);
		page = Math.max(0, page);
		size = Math.max(1, Math.min(size, 500));
	}

	/** The same search over every class: what the class counts count. */
	SubjectSearch anyClass() {
		return new SubjectSearch(q, streetCode, industry, null, kind, tag, page, size);
	}

	int offset() {
		return page * size;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
