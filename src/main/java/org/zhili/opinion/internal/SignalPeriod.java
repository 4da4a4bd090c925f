package org.zhili.opinion.internal;

import java.time.LocalDate;

import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/** The period figures cover: given, or the current year up to today. */
record SignalPeriod(LocalDate from, LocalDate to) {

	static SignalPeriod of(LocalDate from, LocalDate to, SignalSteps steps) {
		LocalDate today = LocalDate.ofInstant(steps.now(), ChinaTime.ZONE);
		LocalDate f = from == null ? today.withDayOfYear(1) : from;
		LocalDate t = to == null ? today : to;
		if (t.isBefore(f)) {
			throw ApiProblem.badInput("to", "reversed_range", "结束日期不能早于开始日期");
		}
		if (f.plusYears(3).isBefore(t)) {
			throw ApiProblem.badInput("to", "range_too_long", "统计区间最长 3 年");
		}
		return new SignalPeriod(f, t);
	}
}
