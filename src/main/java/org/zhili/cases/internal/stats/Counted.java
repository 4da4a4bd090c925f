package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.util.List;

import org.zhili.platform.ApiProblem;

/**
 * The cases behind a figure of the statistics: those with at least one event that {@code event} counts,
 * for one of {@code units} (any unit when empty), on a day from {@code from} to {@code to} (both included,
 * Beijing time; open when {@code null}). See {@link CountedEvents}.
 */
public record Counted(Counter event, List<String> units, LocalDate from, LocalDate to) {

	public Counted {
		units = CountedEvents.units(units);
	}

	/** The statistics criterion of a case list: {@code event} and, optionally, its units and days. */
	public static Counted of(Counter event, List<String> units, LocalDate from, LocalDate to) {
		if (event == null) {
			String given = units != null && !units.isEmpty() ? "eventUnit" : from != null ? "eventFrom"
					: to != null ? "eventTo" : null;
			if (given != null) {
				throw ApiProblem.badInput("event", "event_required", given + " 须与 event（统计口径）一起使用");
			}
			return null;
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw ApiProblem.badInput("eventTo", "reversed_range", "eventTo 不能早于 eventFrom");
		}
		return new Counted(event, units, from, to);
	}
}
