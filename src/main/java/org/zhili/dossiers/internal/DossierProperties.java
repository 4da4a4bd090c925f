package org.zhili.dossiers.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one view's and the early warning's settings ({@code zhili.dossiers.*}).
 *
 * @param itemsPerLoop most items read from each loop for one look
 */
@ConfigurationProperties("zhili.dossiers")
public record DossierProperties(int itemsPerLoop, EarlyWarning earlyWarning) {

	/**
	 * @param sweepAt when the daily sweep over the day's intake runs (China time)
	 * @param petitionWindow how long after an alert a petition at its building or by one of its phones follows it
	 */
	public record EarlyWarning(LocalTime sweepAt, Duration petitionWindow, Rules rules) {
	}

	public record Rules(SameBuilding sameBuilding, MediationFailed mediationFailed, GroupCallers groupCallers) {
	}

	/** (a) the same building with {@code complaints} unresolved complaints within {@code window}. */
	public record SameBuilding(boolean enabled, int complaints, Duration window) {
	}

	/** (b) a dispute whose mediation failed. */
	public record MediationFailed(boolean enabled) {
	}

	/** (c) {@code phones} distinct callers on one first-level category in one community within {@code window}. */
	public record GroupCallers(boolean enabled, int phones, Duration window, int categoryLevel) {
	}
}
