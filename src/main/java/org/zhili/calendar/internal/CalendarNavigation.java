package org.zhili.calendar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The calendar's entries in the main menu. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	@Bean
	NavigationItem calendarYearItem() {
		return new NavigationItem(NavigationItem.BASICS, "nav.calendar.year", "/calendar", "calendar3",
				Permission.CALENDAR_VIEW.name(), 300);
	}

	@Bean
	NavigationItem calendarManageItem() {
		return new NavigationItem(NavigationItem.ADMINISTRATION, "nav.calendar.manage", "/calendar/manage", "calendar-plus",
				Permission.CALENDAR_MANAGE.name(), 880);
	}
}
