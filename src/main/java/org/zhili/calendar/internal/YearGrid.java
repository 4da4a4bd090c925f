package org.zhili.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.zhili.calendar.DayStatus;

/**
 * A year drawn as twelve month grids (weeks from Monday, as Chinese calendars print them), and its holidays
 * listed by name: what the 工作日历 page shows.
 */
final class YearGrid {

	/** One square of a month grid; {@code date} is null for the padding before the 1st and after the last day. */
	record Cell(LocalDate date, DayStatus.Kind kind, String holidayName, boolean today) {

		static final Cell EMPTY = new Cell(null, null, null, false);

		/** CSS class of the square (public: the template calls it). */
		public String css() {
			if (date == null) {
				return "cal-empty";
			}
			return switch (kind) {
				case HOLIDAY -> "cal-holiday";
				case ADJUSTED_WORKING_DAY -> "cal-adjusted";
				case WEEKEND -> "cal-weekend";
				case WORKDAY -> "cal-workday";
			} + (today ? " cal-today" : "");
		}
	}

	record MonthGrid(String title, List<List<Cell>> weeks) {
	}

	/**
	 * One holiday of the year: the days off and the weekend days worked for it (e.g. 春节: 15–23 Feb off, 14 and
	 * 28 Feb worked).
	 */
	record Holiday(String name, List<LocalDate> daysOff, List<LocalDate> daysWorked) {
	}

	private YearGrid() {
	}

	static List<MonthGrid> months(int year, CalendarRules rules, LocalDate today, Locale locale) {
		List<MonthGrid> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<Cell> cells = new ArrayList<>();
			for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
				cells.add(Cell.EMPTY);
			}
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				DayStatus status = rules.day(month.atDay(d));
				cells.add(new Cell(status.date(), status.kind(), status.holidayName(), status.date().equals(today)));
			}
			while (cells.size() % 7 != 0) {
				cells.add(Cell.EMPTY);
			}
			List<List<Cell>> weeks = new ArrayList<>();
			for (int i = 0; i < cells.size(); i += 7) {
				weeks.add(List.copyOf(cells.subList(i, i + 7)));
			}
			months.add(new MonthGrid(month.getMonth().getDisplayName(TextStyle.FULL, locale), weeks));
		}
		return months;
	}

	/** Column headings, Monday first: 一 … 日, or M … S. */
	static List<String> weekdays(Locale locale) {
		List<String> names = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			names.add(day.getDisplayName(TextStyle.NARROW, locale));
		}
		return names;
	}

	static List<Holiday> holidays(List<YearCatalog.NamedDay> days) {
		Map<String, List<LocalDate>> off = new LinkedHashMap<>();
		Map<String, List<LocalDate>> worked = new LinkedHashMap<>();
		for (YearCatalog.NamedDay day : days) {
			off.computeIfAbsent(day.name(), n -> new ArrayList<>());
			worked.computeIfAbsent(day.name(), n -> new ArrayList<>());
			(day.isOffDay() ? off : worked).get(day.name()).add(day.date());
		}
		return off.keySet().stream().map(name -> new Holiday(name, off.get(name), worked.get(name))).toList();
	}
}
