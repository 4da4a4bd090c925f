package org.zhili.inspection.internal.subjects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects.Kind;
import org.zhili.inspection.Subjects.NewSubject;
import org.zhili.inspection.Subjects.RowError;
import org.zhili.inspection.Subjects.Scale;
import org.zhili.process.Labelled;

/**
 * One row of an import as people typed it: its number as Excel shows it and the text of each column. It reads into
 * a {@link NewSubject}, with a {@link RowError} for each cell that does not say what its column asks for (a type,
 * scale or class that does not exist, a coordinate that is not a number).
 */
record SubjectRow(int row, Map<SubjectColumn, String> cells) {

	private static final Pattern TAG_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
	private static final Pattern CLASS = Pattern.compile("^([ABCD])(类.*)?$");

	SubjectRow {
		cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
	}

	/** A row of the given texts, in the template's column order (for tests and lists built in code). */
	static SubjectRow of(int row, String... texts) {
		Map<SubjectColumn, String> cells = new EnumMap<>(SubjectColumn.class);
		SubjectColumn[] columns = SubjectColumn.values();
		for (int i = 0; i < texts.length && i < columns.length; i++) {
			cells.put(columns[i], texts[i]);
		}
		return new SubjectRow(row, cells);
	}

	/** Whether every cell is empty: such rows (e.g. formatted but unused) are not read. */
	boolean blank() {
		return cells.values().stream().allMatch(v -> v == null || v.isBlank());
	}

	/** The subject this row describes, and the problems of the cells that could not be read. */
	record Read(NewSubject subject, List<RowError> problems) {
	}

	Read read() {
		List<RowError> problems = new ArrayList<>();
		Kind kind = choice(SubjectColumn.KIND, Kind.values(), problems);
		Scale scale = choice(SubjectColumn.SCALE, Scale.values(), problems);
		CreditClass creditClass = creditClass(problems);
		Double lng = number(SubjectColumn.LNG, problems);
		Double lat = number(SubjectColumn.LAT, problems);
		String tags = text(SubjectColumn.TAGS);
		List<String> tagList = tags == null ? List.of()
				: Arrays.stream(TAG_SEPARATORS.split(tags)).filter(t -> !t.isEmpty()).toList();
		NewSubject subject = new NewSubject(text(SubjectColumn.CREDIT_CODE), text(SubjectColumn.NAME), kind,
				text(SubjectColumn.ADDRESS), lng, lat, text(SubjectColumn.INDUSTRY), scale, tagList, creditClass);
		return new Read(subject, problems);
	}

	String text(SubjectColumn column) {
		String v = cells.get(column);
		if (v == null) {
			return null;
		}
		String t = v.strip();
		return t.isEmpty() ? null : t;
	}

	/** A type or scale by its Chinese name (企业) or its code (ENTERPRISE). */
	private <E extends Enum<E> & Labelled> E choice(SubjectColumn column, E[] values, List<RowError> problems) {
		String t = text(column);
		if (t == null) {
			return null;
		}
		for (E e : values) {
			if (e.label().equals(t) || e.name().equalsIgnoreCase(t)) {
				return e;
			}
		}
		problems.add(new RowError(row, column.header(), column.header() + "“" + t + "”不存在，可填："
				+ String.join("、", Arrays.stream(values).map(Labelled::label).toList())));
		return null;
	}

	/** A, A类 or A类（低风险）; empty: B for a new subject, unchanged for one already in the library. */
	private CreditClass creditClass(List<RowError> problems) {
		String t = text(SubjectColumn.CREDIT_CLASS);
		if (t == null) {
			return null;
		}
		Matcher m = CLASS.matcher(t.toUpperCase(Locale.ROOT));
		if (m.matches()) {
			return CreditClass.valueOf(m.group(1));
		}
		problems.add(new RowError(row, SubjectColumn.CREDIT_CLASS.header(), "信用风险分类“" + t + "”不存在，可填：A、B、C、D"));
		return null;
	}

	private Double number(SubjectColumn column, List<RowError> problems) {
		String t = text(column);
		if (t == null) {
			return null;
		}
		try {
			return new BigDecimal(t).doubleValue();
		}
		catch (NumberFormatException e) {
			problems.add(new RowError(row, column.header(), column.header() + "“" + t + "”不是数字"));
			return null;
		}
	}
}
