package org.zhili.calendar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The calendar's entries in the main menu. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	static final String GROUP = "nav.group.calendar";

	@Bean
	NavigationItem calendarYearItem() {
		return new NavigationItem(GROUP, "nav.calendar.year", "/calendar", "calendar3", Permission.CALENDAR_VIEW.name(),
				900);
	}

	@Bean
	NavigationItem calendarManageItem() {
		return new NavigationItem(GROUP, "nav.calendar.manage", "/calendar/manage", "calendar-plus",
				Permission.CALENDAR_MANAGE.name(), 910);
	}
}
