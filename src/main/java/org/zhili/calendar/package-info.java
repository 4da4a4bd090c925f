/**
 * The official working-day calendar (工作日历): public holidays and adjusted working days (调休) from the
 * State Council's yearly notices, and the working-day and working-hour arithmetic every deadline in zhili
 * is computed with. Other modules use {@link org.zhili.calendar.WorkingCalendar} with
 * {@link org.zhili.calendar.TimeLimit} and {@link org.zhili.calendar.Deadline}, and may listen to
 * {@link org.zhili.calendar.CalendarChanged} to recompute deadlines after an administrator adds or corrects a year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = { "identity", "platform" })
package org.zhili.calendar;
