package org.zhili.plans.internal.ingestion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline as a 任务分解表 writes it — 2026年12月31日, 2026-06-30, 2026年6月底, 6月底前, 年底前 — as a date; the
 * year of the document when the text leaves it out. Anything else (长期坚持, 持续推进) has no date.
 */
final class WrittenDeadline {

	private static final Pattern DAY = Pattern.compile("(?:((?:19|20)\\d{2})[年\\-/.])?(\\d{1,2})[月\\-/.](\\d{1,2})日?");
	private static final Pattern MONTH_END = Pattern.compile("(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(?:底|末|份)?");
	private static final Pattern YEAR_END = Pattern.compile("(?:((?:19|20)\\d{2})年)?年?(?:底|末)");

	private WrittenDeadline() {
	}

	static LocalDate parse(String written, Integer documentYear) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String s = written.strip();
		try {
			Matcher m = DAY.matcher(s);
			if (m.find() && (m.group(1) != null || documentYear != null)) {
				return LocalDate.of(year(m.group(1), documentYear), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			}
			m = MONTH_END.matcher(s);
			if (m.find() && (m.group(1) != null || documentYear != null)) {
				return YearMonth.of(year(m.group(1), documentYear), Integer.parseInt(m.group(2))).atEndOfMonth();
			}
			m = YEAR_END.matcher(s);
			if (m.find() && (m.group(1) != null || documentYear != null)) {
				return LocalDate.of(year(m.group(1), documentYear), 12, 31);
			}
		}
		catch (DateTimeException | NumberFormatException e) {
			return null;
		}
		return null;
	}

	private static int year(String written, Integer documentYear) {
		return written != null ? Integer.parseInt(written) : documentYear;
	}
}
