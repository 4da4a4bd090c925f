package org.zhili.opinion;

import java.time.Instant;

import org.zhili.identity.Actor;

/**
 * 舆情 for other doors and the demo: a signal is reported (it waits for 研判), and a signal's past is loaded as it
 * happened.
 */
public interface Signals {

	/** The loop's name on the process kit (clocks, journal, links, 督办). */
	String LOOP = "signal";

	/**
	 * A signal as first seen.
	 *
	 * @param source the source's code ({@code WEIBO}, {@code WECHAT}… as configured under {@code zhili.opinion.sources})
	 * @param link the post's address, or {@code null}; {@code text} what it says, or {@code null} (one of them is needed)
	 * @param sentiment the analyst's call, or {@code null} to take the suggestion from the text
	 * @param streetCode the street it concerns, or {@code null}; {@code communityCode} the community, or {@code null}
	 * @param unitCode the unit it concerns (a department), or {@code null}
	 * @param categoryCode the 12345 category, or {@code null}
	 */
	record NewSignal(String source, String title, String link, String text, Instant firstSeen, int reads, int shares,
			int comments, SignalSentiment sentiment, String streetCode, String communityCode, String unitCode,
			String categoryCode, String address) {
	}

	/** A registered signal: its number and page. */
	record Reported(long id, String ref, String link) {
	}

	/**
	 * What happened to a signal before it was loaded (the demo's year): each step's instant is {@code null} when it
	 * did not happen.
	 *
	 * @param verifyUnit the street or department asked to verify; {@code finding} what it found
	 * @param closure how it was closed, or {@code null} when still open
	 * @param reply the 回应口径 published when it closed, or {@code null}
	 */
	record Past(String registeredBy, Instant registeredAt, String verifyUnit, Instant assignedAt, String verifiedBy,
			Instant verifiedAt, String finding, SignalClosure closure, Instant closedAt, String reply) {
	}

	/**
	 * Registers a signal; its triage clock starts.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 naming the field at fault
	 */
	Reported report(NewSignal signal, Actor by);

	/** Loads a signal's past as it happened; its clocks run on only if it is still open. */
	Reported load(NewSignal signal, Past past);

	/**
	 * Turns a verified (or plainly true) signal into a 12345 case, linked both ways.
	 *
	 * @return the case's tracking number
	 */
	String toCase(long signalId, String note, Actor by);

	/** Whether no signal was registered yet. */
	boolean none();
}
