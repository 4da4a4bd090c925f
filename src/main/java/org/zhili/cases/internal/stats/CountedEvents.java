package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zhili.cases.internal.handling.StepContext;
import org.zhili.platform.ChinaTime;

/**
 * The timeline rows each {@link Counter} counts, as SQL over {@code cases.case_event e}: which events, which
 * unit and which day an event counts for. It is the one statement in SQL of the counting the steps do live
 * ({@link StepContext#count}): {@link UnitStats#rebuild} is built from it, and a case list selects with it
 * exactly the cases behind a figure of the statistics; tests compare it with the live counters.
 */
public final class CountedEvents {

	private static final String OCCURRED = "e.occurred_at";

	private CountedEvents() {
	}

	/** The events {@code counter} counts (a condition on {@code e}). */
	static String condition(Counter counter) {
		return switch (counter) {
			case RECEIVED -> "e.action = 'REGISTER'";
			case DIRECT_ANSWERED -> "e.action = 'ANSWER'";
			case DISPATCHED -> "e.action in ('DISPATCH', 'DESIGNATE', 'REDISPATCH')";
			case ACCEPTED -> "e.action = 'ACCEPT'";
			case ACCEPTED_ON_TIME -> "e.action = 'ACCEPT' and cases.flag(e.detail, 'onTime')";
			case RETURNED -> "e.action = 'APPROVE' and e.detail ->> 'request' = 'RETURN'";
			case REPLIED -> "e.action = 'REVIEW' and cases.flag(e.detail, 'approved')";
			case REPLIED_ON_TIME -> "e.action = 'REVIEW' and cases.flag(e.detail, 'approved') and cases.flag(e.detail, 'onTime')";
			case REWORKED -> "e.action = 'REVIEW' and not cases.flag(e.detail, 'approved')";
			case RATED -> "e.action in ('CALLBACK', 'RATE') and cases.flag(e.detail, 'reached')";
			case SOLVED -> "e.action in ('CALLBACK', 'RATE') and cases.flag(e.detail, 'reached') and cases.flag(e.detail, 'solved')";
			case SATISFIED -> "e.action in ('CALLBACK', 'RATE') and e.detail ->> 'satisfaction' = 'SATISFIED'";
			case BASICALLY_SATISFIED -> "e.action in ('CALLBACK', 'RATE') and e.detail ->> 'satisfaction' = 'BASICALLY_SATISFIED'";
			case UNSATISFIED -> "e.action in ('CALLBACK', 'RATE') and e.detail ->> 'satisfaction' = 'UNSATISFIED'";
			case UNRATED -> "e.action = 'CALLBACK' and not cases.flag(e.detail, 'reached') and e.to_state = 'RATED'";
			// The handling time is summed over closed cases: its cases are the closed ones.
			case CLOSED, HANDLING_SECONDS -> "e.action = 'CLOSE'";
			case CLOSED_ON_TIME -> "e.action = 'CLOSE' and cases.flag(e.detail, 'onTime')";
			case DUPLICATES -> "e.action = 'MERGE'";
			case SUPERVISED -> "e.action = 'SUPERVISE'";
		};
	}

	/** The unit an event counted by {@code counter} counts for (an expression over {@code e}). */
	static String unit(Counter counter) {
		return switch (counter) {
			// Received by the street where the case is; without a location, by the registering account's unit.
			case RECEIVED -> "coalesce(e.unit_code, e.actor_unit)";
			case DIRECT_ANSWERED -> "e.actor_unit";
			// A duplicate counts for the street where it was reported.
			case DUPLICATES -> "(e.detail ->> 'street')";
			default -> "e.unit_code";
		};
	}

	/**
	 * The instant that puts an event counted by {@code counter} on its day (an expression over {@code e}): when
	 * it happened, or for a rate's numerator the time of the event that put the case into the denominator, which
	 * the step wrote into the detail (see {@link Counter}). Never after {@code e.occurred_at}.
	 */
	static String at(Counter counter) {
		return switch (counter) {
			case ACCEPTED, ACCEPTED_ON_TIME, RETURNED -> "coalesce((e.detail ->> 'dispatchedAt')::timestamptz, e.occurred_at)";
			case DUPLICATES -> "coalesce((e.detail ->> 'registeredAt')::timestamptz, e.occurred_at)";
			default -> OCCURRED;
		};
	}

	/** The day (Beijing time) an event counted by {@code counter} counts on. */
	static String day(Counter counter) {
		return "(" + at(counter) + " at time zone '" + ChinaTime.ZONE.getId() + "')::date";
	}

	/**
	 * {@code unit(counter) in (units)}, written so that the index on {@code (unit_code, action, occurred_at)} serves
	 * it: {@code coalesce(a, b) in X} is {@code a in X or (a is null and b in X)}.
	 */
	static String unitIn(Counter counter, String units) {
		return counter == Counter.RECEIVED
				? "(e.unit_code in (" + units + ") or (e.unit_code is null and e.actor_unit in (" + units + ")))"
				: unit(counter) + " in (" + units + ")";
	}

	/**
	 * The SQL (an {@code and …} clause over {@code cases.case_record c}) selecting cases with at least one event
	 * that {@code counted} describes; its parameters go into {@code params}. The events are found first (by the
	 * index on unit, action and time) and their cases looked up by id: written as a semi-join, a list sorted by
	 * registration would walk back through every newer case looking for them.
	 */
	public static String filter(Counted counted, Map<String, Object> params) {
		return " and c.id = any (array(select e.case_id from cases.case_event e where " + conditions(counted, params) + "))";
	}

	/** The events {@code counted} describes (conditions on {@code cases.case_event e}). */
	public static String conditions(Counted counted, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(condition(counted.event()));
		if (counted.units().isEmpty()) {
			sql.append(" and ").append(unit(counted.event())).append(" is not null");
		}
		else {
			sql.append(" and ").append(unitIn(counted.event(), ":eventUnits"));
			params.put("eventUnits", counted.units());
		}
		String at = at(counted.event());
		if (counted.from() != null) {
			// The event's own time first, for the index: an event is never counted on a day after it happened.
			sql.append(" and e.occurred_at >= :eventFrom");
			if (!at.equals(OCCURRED)) {
				sql.append(" and ").append(at).append(" >= :eventFrom");
			}
			params.put("eventFrom", startOf(counted.from()));
		}
		if (counted.to() != null) {
			sql.append(" and ").append(at).append(" < :eventTo");
			params.put("eventTo", startOf(counted.to().plusDays(1)));
		}
		return sql.toString();
	}

	private static java.sql.Timestamp startOf(LocalDate day) {
		return java.sql.Timestamp.from(day.atStartOfDay(ChinaTime.ZONE).toInstant());
	}

	/** The units of a filter, without blanks and repeats. */
	static List<String> units(List<String> units) {
		return units == null ? List.of()
				: units.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).distinct().toList();
	}
}
