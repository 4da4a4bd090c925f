package org.zhili.identity;

import java.util.List;

/**
 * The append-only, hash-chained record of security-relevant events (等保 8.1.4.3): sign-ins, lockouts,
 * permission and role changes, configuration changes, exports and every view of unmasked personal data.
 * The actor and address come from the current request unless given. A record written inside a
 * transaction commits or rolls back with it.
 */
public interface AuditTrail {

	/**
	 * @param action a stable dotted code, e.g. {@code org.department.updated}
	 * @param target what was acted on, e.g. a user name or unit code
	 * @param outcome success, failure or denial
	 * @param detail a short human-readable description (Chinese), never a secret
	 */
	void record(String action, String target, AuditOutcome outcome, String detail);

	/** Who is acting and from which address: taken on the request's thread for a record written on another. */
	record Origin(String actor, String address) {
	}

	/** The current request's actor and address. */
	Origin origin();

	/** One record, with an origin taken earlier, e.g. on the request's thread. */
	record Entry(Origin origin, String action, String target, AuditOutcome outcome, String detail) {
	}

	/** Records several at once, e.g. written by one thread for several requests. */
	void recordAll(List<Entry> entries);

	default void success(String action, String target, String detail) {
		record(action, target, AuditOutcome.SUCCESS, detail);
	}

	default void failure(String action, String target, String detail) {
		record(action, target, AuditOutcome.FAILURE, detail);
	}
}
