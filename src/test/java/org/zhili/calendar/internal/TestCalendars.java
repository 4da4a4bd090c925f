package org.zhili.calendar.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.zhili.calendar.OfficeHours;
import tools.jackson.databind.json.JsonMapper;

/** Calendars built without Spring: the bundled official data, or any days a test makes up. */
final class TestCalendars {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final CalendarProperties DEFAULTS = new CalendarProperties(
			new CalendarProperties.OfficeHoursProperties(LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(13, 30),
					LocalTime.of(17, 30)),
			new CalendarProperties.Limits(2000, 2099, 1000, 7000, 3660, 36600, 100, 50, 10));

	private static CalendarRules official;

	private TestCalendars() {
	}

	static ArrangementValidator validator() {
		return new ArrangementValidator(DEFAULTS);
	}

	static BundledArrangements bundled() {
		return new BundledArrangements(JsonMapper.builder().build(), validator(), DEFAULTS);
	}

	/** 2007–2026 as the State Council published them; 2027 and later unpublished. */
	static synchronized CalendarRules official() {
		if (official == null) {
			official = CalendarRules.of(bundled().years().values(), OfficeHours.standard(), SHANGHAI);
		}
		return official;
	}

	/** Only the given special days, all counted as one published year's notice. */
	static CalendarRules withDays(Collection<SpecialDay> days, OfficeHours hours) {
		return new CalendarRules(days, Set.of(), hours, SHANGHAI);
	}

	static CalendarRules mondayToFriday() {
		return withDays(List.of(), OfficeHours.standard());
	}
}
