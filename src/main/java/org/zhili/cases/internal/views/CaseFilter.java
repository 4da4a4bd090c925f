package org.zhili.cases.internal.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.Light;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.stats.CountedEvents;
import org.zhili.cases.internal.stats.Counter;
import org.zhili.platform.ApiProblem;

/**
 * Which cases to list; every criterion is optional. The viewer's scope is applied on top, always.
 *
 * @param states any of these states
 * @param light the running deadline's light
 * @param involvedUnit cases this unit is now handling (lead, co-unit, or whistled and not yet reported)
 * @param categoryCode the category or any below it
 * @param returned whether the lead unit's return (退单) was approved at least once
 * @param q part of the tracking number, title or address
 * @param counted cases behind a figure of the statistics, or {@code null}
 */
public record CaseFilter(List<CaseState> states, Light light, CaseType type, Channel channel, String categoryCode,
		String streetCode, String leadUnitCode, String involvedUnit, Boolean supervised, Boolean pending,
		Satisfaction satisfaction, Boolean redispatched, Boolean returned, String q, Instant from, Instant to, Sort sort,
		Counted counted) {

	/** Without a statistics criterion. */
	CaseFilter(List<CaseState> states, Light light, CaseType type, Channel channel, String categoryCode,
			String streetCode, String leadUnitCode, String involvedUnit, Boolean supervised, Boolean pending,
			Satisfaction satisfaction, Boolean redispatched, Boolean returned, String q, Instant from, Instant to,
			Sort sort) {
		this(states, light, type, channel, categoryCode, streetCode, leadUnitCode, involvedUnit, supervised, pending,
				satisfaction, redispatched, returned, q, from, to, sort, null);
	}

	/** The same filter without its statistics criterion. */
	CaseFilter withoutCounted() {
		return new CaseFilter(states, light, type, channel, categoryCode, streetCode, leadUnitCode, involvedUnit,
				supervised, pending, satisfaction, redispatched, returned, q, from, to, sort, null);
	}

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

	public enum Sort {
		/** Newest first. */
		NEWEST,
		/** Oldest first. */
		OLDEST,
		/** Nearest running deadline first. */
		DUE
	}

	static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, Sort.NEWEST);
}
