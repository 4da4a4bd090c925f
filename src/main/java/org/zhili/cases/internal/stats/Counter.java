package org.zhili.cases.internal.stats;

/**
 * The counters kept per unit and day in {@code cases.unit_day_stats}; the statistics add them up over a
 * period. Most count events on the day they happen (Beijing time), for the unit they concern. A rate's
 * numerator is counted on the day and for the unit of the event that put the case into its denominator (its
 * cohort), so that every rate is a share of one set of cases and lies between 0 and 100 %: acceptances and
 * returns on the day of the dispatch they answer, duplicates on their registration day (docs/rates.md).
 */
public enum Counter {

	/** Cases registered in a street's territory (受理量). */
	RECEIVED("received"),
	/** Consultations answered on the spot (即时办结), for the registering unit. */
	DIRECT_ANSWERED("direct_answered"),
	/** Dispatches (派单, 指定, 再交办) to the unit. */
	DISPATCHED("dispatched"),
	/** Acceptances (签收), on the day of the dispatch they answer. */
	ACCEPTED("accepted"),
	/** Accepted within the acceptance limit: the numerator of 响应率, on the day of the dispatch accepted. */
	ACCEPTED_ON_TIME("accepted_on_time"),
	/** Approved returns (退单) by the unit, on the day of the dispatch returned. */
	RETURNED("returned"),
	/** Replies approved in review. */
	REPLIED("replied"),
	/** Replies given within the feedback limit (按期). */
	REPLIED_ON_TIME("replied_on_time"),
	/** Replies sent back (返工). */
	REWORKED("reworked"),
	/** Follow-ups with a rating: the denominator of 解决率 and 满意率. */
	RATED("rated"),
	SOLVED("solved"),
	SATISFIED("satisfied"),
	BASICALLY_SATISFIED("basically_satisfied"),
	UNSATISFIED("unsatisfied"),
	/** Follow-ups that reached nobody (未评价). */
	UNRATED("unrated"),
	CLOSED("closed"),
	/** Closed cases whose reply came within the feedback limit (按期办结). */
	CLOSED_ON_TIME("closed_on_time"),
	/** Seconds from dispatch to reply, summed over closed cases (average handling time). */
	HANDLING_SECONDS("handling_seconds"),
	/** Cases merged into another as duplicates (重复诉求), by street, on the day they were registered. */
	DUPLICATES("duplicates"),
	/** 督办 of the unit. */
	SUPERVISED("supervised");

	private final String column;

	Counter(String column) {
		this.column = column;
	}

	String column() {
		return column;
	}
}
