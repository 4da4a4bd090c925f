package org.zhili.inspection.internal.subjects;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

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

	/** The query string of this search with another class and page (parameters without a value left out), for links. */
	public String query(CreditClass withClass, int atPage) {
		StringJoiner q = new StringJoiner("&");
		add(q, "q", this.q);
		add(q, "street", streetCode);
		add(q, "industry", industry);
		add(q, "creditClass", withClass == null ? null : withClass.name());
		add(q, "kind", kind == null ? null : kind.name());
		add(q, "tag", tag);
		if (atPage > 0) {
			add(q, "page", Integer.toString(atPage));
		}
		return q.toString();
	}

	/** The same query on another page. */
	public String query(int atPage) {
		return query(creditClass, atPage);
	}

	private static void add(StringJoiner q, String name, String value) {
		if (value != null) {
			q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
