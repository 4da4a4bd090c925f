package org.zhili.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The 工作日历 pages: the year view with its calculator for everyone who may read the calendar, and the
 * form administrators use to add or correct a year. Both read and write through the REST API from the browser,
 * so the page and API clients see the same answers and the same validation.
 */
@Controller
class CalendarPageController {

	private final LiveWorkingCalendar calendar;
	private final YearCatalog catalog;
	private final CalendarProperties.Limits limits;
	private final Clock clock;

	CalendarPageController(LiveWorkingCalendar calendar, YearCatalog catalog, CalendarProperties properties,
			Clock clock) {
		this.calendar = calendar;
		this.catalog = catalog;
		this.limits = properties.limits();
		this.clock = clock;
	}

	@GetMapping("/calendar")
	@PreAuthorize("hasAuthority('CALENDAR_VIEW')")
	String year(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		int shown = year == null ? today.getYear() : year;
		if (!limits.yearInRange(shown)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range");
		}
		CalendarRules rules = calendar.rules();
		YearCatalog.YearOverview overview = catalog.overview(shown);
		model.addAttribute("overview", overview);
		model.addAttribute("months", YearGrid.months(shown, rules, today, locale));
		model.addAttribute("weekdays", YearGrid.weekdays(locale));
		model.addAttribute("holidays", YearGrid.holidays(overview.days()));
		model.addAttribute("today", today);
		model.addAttribute("previousYear", shown > limits.firstYear() ? shown - 1 : null);
		model.addAttribute("nextYear", shown < limits.lastYear() ? shown + 1 : null);
		model.addAttribute("hours", rules.officeHours());
		model.addAttribute("maxWorkingDays", limits.maxWorkingDays());
		model.addAttribute("maxWorkingHours", limits.maxWorkingHours());
		return "calendar/year";
	}

	@GetMapping("/calendar/manage")
	@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
	String manage(Model model) {
		model.addAttribute("years", catalog.published());
		model.addAttribute("nextYear", LocalDate.now(clock).getYear() + 1);
		model.addAttribute("limits", limits);
		return "calendar/manage";
	}
}
