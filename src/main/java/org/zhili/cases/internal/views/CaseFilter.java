package org.zhili.cases.internal.views;

import java.time.Instant;
import java.util.List;

import org.zhili.cases.CaseState;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.Light;
import org.zhili.cases.Satisfaction;
import org.zhili.cases.internal.stats.Counted;

/**
 * Which cases to list; every criterion is optional. The viewer's scope is applied on top, always.
 *
 * @param states any of these states
 * @param light the running deadline's light
 * @param involvedUnit cases this unit is now handling (lead, co-unit, or whistled and not yet reported)
 * @param categoryCode the category or any below it
 * @param placeCode a community's or a grid's code: the cases located in it
 * @param returned whether the lead unit's return (退单) was approved at least once
 * @param q part of the tracking number, title or address
 * @param counted cases behind a figure of the statistics, or {@code null}
 */
public record CaseFilter(List<CaseState> states, Light light, CaseType type, Channel channel, String categoryCode,
		String streetCode, String placeCode, String leadUnitCode, String involvedUnit, Boolean supervised, Boolean pending,
		Satisfaction satisfaction, Boolean redispatched, Boolean returned, String q, Instant from, Instant to, Sort sort,
		Counted counted) {

	/** Without a statistics criterion. */
	CaseFilter(List<CaseState> states, Light light, CaseType type, Channel channel, String categoryCode,
			String streetCode, String placeCode, String leadUnitCode, String involvedUnit, Boolean supervised, Boolean pending,
			Satisfaction satisfaction, Boolean redispatched, Boolean returned, String q, Instant from, Instant to,
			Sort sort) {
		this(states, light, type, channel, categoryCode, streetCode, placeCode, leadUnitCode, involvedUnit, supervised, pending,
				satisfaction, redispatched, returned, q, from, to, sort, null);
	}

	/** The same filter without its statistics criterion. */
	CaseFilter withoutCounted() {
		return new CaseFilter(states, light, type, channel, categoryCode, streetCode, placeCode, leadUnitCode, involvedUnit,
				supervised, pending, satisfaction, redispatched, returned, q, from, to, sort, null);
	}

	public enum Sort {
		/** Newest first. */
		NEWEST,
		/** Oldest first. */
		OLDEST,
		/** Nearest running deadline first. */
		DUE
	}

	static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, Sort.NEWEST);
}
