package org.zhili.enterprises;

import java.time.LocalDate;
import java.util.List;

import org.zhili.identity.Actor;

/** Pairs officials with enterprises and records their visits (包联企业), for another module (the demo). */
public interface Pairings {

	/**
	 * A pairing to make.
	 *
	 * @param official the official's account (user name); the pairing routes to the unit of its scope
	 * @param since the first day (default: today)
	 * @param visitEveryDays how often the official visits, or {@code null} for the configured default
	 */
	record NewPairing(String creditCode, String enterpriseName, String official, LocalDate since,
			Integer visitEveryDays, String note) {
	}

	/**
	 * A visit (走访) to record.
	 *
	 * @param visitedOn the day (default: today)
	 * @param discussed what was discussed
	 * @param problems the problems the enterprise raised: each becomes an enterprise request
	 */
	record NewVisit(LocalDate visitedOn, String discussed, List<String> problems) {
	}

	/**
	 * @return the pairing's id
	 * @throws org.zhili.platform.ApiProblem 400 naming a wrong field, 422 for an unknown official, 409 when the
	 *         enterprise has an active pairing
	 */
	long pair(NewPairing pairing, Actor actor);

	/**
	 * @return the visit's id
	 * @throws org.zhili.platform.ApiProblem 404 for an enterprise without an active pairing, 403 when the actor is
	 *         neither its official nor a manager of pairings, 400 naming a wrong field
	 */
	long visit(String creditCode, NewVisit visit, Actor actor);

	/** Whether no pairing was ever made. */
	boolean none();
}
