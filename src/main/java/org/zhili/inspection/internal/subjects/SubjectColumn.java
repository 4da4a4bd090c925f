package org.zhili.inspection.internal.subjects;

import java.util.Optional;

/**
 * The columns of the import template, in its order: the header people see, the field of {@code NewSubject} whose
 * problems are reported under it, and whether a workbook may leave the column out.
 */
enum SubjectColumn {

	CREDIT_CODE("统一社会信用代码", "creditCode", true),
	NAME("名称", "name", true),
	KIND("类型", "kind", true),
	ADDRESS("地址", "address", false),
	LNG("经度", "lng", false),
	LAT("纬度", "lat", false),
	INDUSTRY("行业", "industry", true),
	SCALE("规模", "scale", true),
	TAGS("标签(以、分隔)", "tags", false),
	CREDIT_CLASS("信用风险分类", "creditClass", false);

	private final String header;
	private final String field;
	private final boolean required;

	SubjectColumn(String header, String field, boolean required) {
		this.header = header;
		this.field = field;
		this.required = required;
	}

	String header() {
		return header;
	}

	String field() {
		return field;
	}

	boolean required() {
		return required;
	}

	/** The column a header cell names: its text as in the template, spaces and full-width brackets forgiven. */
	static Optional<SubjectColumn> ofHeader(String text) {
		String h = text == null ? "" : text.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
		for (SubjectColumn c : values()) {
			// 标签 may come without its hint in brackets
			if (h.equals(c.header) || c == TAGS && h.startsWith("标签")) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/** The column a field's problem belongs under (the code's column when the field is not one of them). */
	static SubjectColumn ofField(String field) {
		for (SubjectColumn c : values()) {
			if (c.field.equals(field)) {
				return c;
			}
		}
		return CREDIT_CODE;
	}
}
