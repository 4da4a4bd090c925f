package org.zhili.calendar.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhili.platform.ApiProblem;

/**
 * Checks a submitted arrangement field by field and turns it into a {@link HolidayArrangement}, or refuses
 * it with every fault it found, each naming its field ({@code days[3].date}). Nothing is stored before
 * the whole submission passes.
 */
@Component
class ArrangementValidator {

	static final String CODE = "invalid_holiday_arrangement";
	/** Enough faults to fix a pasted file in one round without an answer of megabytes. */
	static final int MAX_REPORTED = 50;
	static final int MAX_PAPER_LENGTH = 500;

	private final CalendarProperties.Limits limits;

	ArrangementValidator(CalendarProperties properties) {
		this.limits = properties.limits();
	}

	/**
	 * @param expectedYear the year named by the address, which the body must repeat
	 * @throws ApiProblem a 400 naming every faulty field
	 */
	HolidayArrangement validate(int expectedYear, YearSubmission submission) {
		Faults faults = new Faults();
		if (submission == null) {
			throw ApiProblem.badInput("body", CODE, "请求体不能为空，应为节假日安排 JSON");
		}
		Integer year = submission.year();
		boolean yearUsable = false;
		if (year == null) {
			faults.add("year", "缺少年份");
		}
		else if (!limits.yearInRange(year)) {
			faults.add("year", "年份应在 " + limits.firstYear() + "–" + limits.lastYear() + " 之间");
		}
		else if (year != expectedYear) {
			faults.add("year", "年份 " + year + " 与地址中的年份 " + expectedYear + " 不一致");
		}
		else {
			yearUsable = true;
		}
		List<String> papers = papers(submission.papers(), faults);
		// Dates are checked against the year, so they can only be checked once the year is right.
		List<SpecialDay> days = yearUsable ? days(year, submission.days(), faults) : List.of();
		if (!faults.isEmpty()) {
			throw faults.problem();
		}
		return new HolidayArrangement(year, papers, days);
	}

	private List<String> papers(List<String> papers, Faults faults) {
		if (papers == null) {
			return List.of();
		}
		if (papers.size() > limits.maxPapers()) {
			faults.add("papers", "通知地址最多 " + limits.maxPapers() + " 个");
			return List.of();
		}
		for (int i = 0; i < papers.size(); i++) {
			if (!webAddress(papers.get(i))) {
				faults.add("papers[" + i + "]", "应为 http(s) 网址，且不超过 " + MAX_PAPER_LENGTH + " 个字符");
			}
		}
		return papers;
	}

	/** Only plain web addresses: the page shows them as links, so nothing like {@code javascript:} may pass. */
	private static boolean webAddress(String text) {
		if (text == null || text.length() > MAX_PAPER_LENGTH || text.contains("\n")) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	private List<SpecialDay> days(int year, List<YearSubmission.Day> entries, Faults faults) {
		if (entries == null) {
			faults.add("days", "缺少 days（该年的节假日和调休上班日）");
			return List.of();
		}
		if (entries.isEmpty()) {
			faults.add("days", "days 不能为空：每年的通知都安排了节假日");
			return List.of();
		}
		if (entries.size() > limits.maxDaysPerYear()) {
			faults.add("days", "一年最多 " + limits.maxDaysPerYear() + " 天，收到 " + entries.size() + " 天");
			return List.of();
		}
		List<SpecialDay> days = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			SpecialDay day = day(year, "days[" + i + "]", entries.get(i), faults);
			if (day == null) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(day.date(), i);
			if (earlier != null) {
				faults.add("days[" + i + "].date", "日期 " + day.date() + " 与 days[" + earlier + "] 重复");
			}
			else {
				days.add(day);
			}
		}
		return days;
	}

	private SpecialDay day(int year, String field, YearSubmission.Day entry, Faults faults) {
		if (entry == null) {
			faults.add(field, "不能为空");
			return null;
		}
		int before = faults.size();
		String name = entry.name() == null ? "" : entry.name().strip();
		if (name.isEmpty()) {
			faults.add(field + ".name", "缺少节日名称");
		}
		else if (name.length() > limits.maxNameLength()) {
			faults.add(field + ".name", "节日名称最多 " + limits.maxNameLength() + " 个字符");
		}
		LocalDate date = date(year, field + ".date", entry.date(), faults);
		if (entry.isOffDay() == null) {
			faults.add(field + ".isOffDay", "缺少 isOffDay（true 放假，false 调休上班）");
		}
		else if (!entry.isOffDay() && date != null && !SpecialDay.weekend(date)) {
			faults.add(field + ".isOffDay", date + " 不是周六或周日：调休上班日只能是周末（工作日本来就上班）");
		}
		return faults.size() == before ? new SpecialDay(date, name, entry.isOffDay()) : null;
	}

	private static LocalDate date(int year, String field, String text, Faults faults) {
		if (text == null || text.isBlank()) {
			faults.add(field, "缺少日期");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip()); // ISO yyyy-MM-dd, strict: 2026-02-30 is refused
		}
		catch (DateTimeParseException e) {
			faults.add(field, "日期 '" + cut(text) + "' 格式不正确，应为 yyyy-MM-dd");
			return null;
		}
		if (date.isBefore(HolidayArrangement.firstDate(year)) || date.isAfter(HolidayArrangement.lastDate(year))) {
			faults.add(field, "日期 " + date + " 不在 " + year + " 年内（元旦安排可提前至 "
					+ HolidayArrangement.firstDate(year) + "）");
			return null;
		}
		return date;
	}

	private static String cut(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	/** The faults found so far, capped at {@link #MAX_REPORTED}. */
	private static final class Faults {

		private final List<ApiProblem.FieldError> errors = new ArrayList<>();
		private int count;

		void add(String field, String message) {
			count++;
			if (errors.size() < MAX_REPORTED) {
				errors.add(new ApiProblem.FieldError(field, message));
			}
		}

		int size() {
			return count;
		}

		boolean isEmpty() {
			return count == 0;
		}

		ApiProblem problem() {
			String message = errors.size() == 1 ? errors.get(0).field() + "：" + errors.get(0).message()
					: "节假日安排有 " + count + " 处错误" + (count > errors.size() ? "（列出前 " + errors.size() + " 处）" : "");
			return ApiProblem.badInput(CODE, message, errors);
		}
	}
}
