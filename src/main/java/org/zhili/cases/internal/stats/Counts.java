package org.zhili.cases.internal.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The counters of a unit over a period: sums of {@code cases.unit_day_stats}. Each counts events on the
 * day they happened (Beijing time), for the unit they concern — see the cases module's {@code Counter}.
 *
 * @param received cases registered in the street's territory (受理量)
 * @param directAnswered consultations answered on the spot (即时办结), for the registering unit
 * @param dispatched dispatches, designations and re-dispatches to the unit (派单)
 * @param accepted acceptances (签收)
 * @param acceptedOnTime acceptances within the limit (按时签收)
 * @param returned approved returns (退单)
 * @param replied replies approved in review (答复)
 * @param repliedOnTime of those, given within the feedback limit
 * @param reworked replies sent back (返工)
 * @param rated follow-ups with a rating (有效回访)
 * @param solved ratings saying solved (已解决)
 * @param satisfied 满意
 * @param basicallySatisfied 基本满意
 * @param unsatisfied 不满意
 * @param unrated follow-ups that reached nobody (未评价)
 * @param closed cases closed (结案)
 * @param closedOnTime closed cases replied within the limit (按期办结)
 * @param handlingSeconds seconds from dispatch to reply, summed over closed cases
 * @param duplicates cases merged as duplicates (重复诉求), for the street where they were reported
 * @param supervised 督办 of the unit
 */
public record Counts(long received, long directAnswered, long dispatched, long accepted, long acceptedOnTime,
		long returned, long replied, long repliedOnTime, long reworked, long rated, long solved, long satisfied,
		long basicallySatisfied, long unsatisfied, long unrated, long closed, long closedOnTime, long handlingSeconds,
		long duplicates, long supervised) {

	/** The columns of {@code cases.unit_day_stats}, in the order of the components. */
	static final List<String> COLUMNS = List.of("received", "direct_answered", "dispatched", "accepted",
			"accepted_on_time", "returned", "replied", "replied_on_time", "reworked", "rated", "solved", "satisfied",
			"basically_satisfied", "unsatisfied", "unrated", "closed", "closed_on_time", "handling_seconds", "duplicates",
			"supervised");

	public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	public Counts plus(Counts o) {
		return new Counts(received + o.received, directAnswered + o.directAnswered, dispatched + o.dispatched,
				accepted + o.accepted, acceptedOnTime + o.acceptedOnTime, returned + o.returned, replied + o.replied,
				repliedOnTime + o.repliedOnTime, reworked + o.reworked, rated + o.rated, solved + o.solved,
				satisfied + o.satisfied, basicallySatisfied + o.basicallySatisfied, unsatisfied + o.unsatisfied,
				unrated + o.unrated, closed + o.closed, closedOnTime + o.closedOnTime, handlingSeconds + o.handlingSeconds,
				duplicates + o.duplicates, supervised + o.supervised);
	}

	/** Reads the sums named as in {@link #COLUMNS}. */
	static Counts of(ResultSet rs) throws SQLException {
		long[] v = new long[COLUMNS.size()];
		for (int i = 0; i < v.length; i++) {
			v[i] = rs.getLong(COLUMNS.get(i));
		}
		return new Counts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14],
				v[15], v[16], v[17], v[18], v[19]);
	}
}
