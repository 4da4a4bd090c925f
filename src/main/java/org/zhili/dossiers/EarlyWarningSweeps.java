package org.zhili.dossiers;

import java.time.LocalDate;

/** The early-warning rules run over past intake (the daily sweep does one day; the demo a year, week by week). */
public interface EarlyWarningSweeps {

	/** Runs the rules over the cases registered from {@code first} to {@code last} (China dates, inclusive); answers the alerts raised. */
	int sweep(LocalDate first, LocalDate last);

	/**
	 * Whether the intake rules ever raised an alert (alerts of failed mediations come from their events, whether or
	 * not intake was swept).
	 */
	boolean anyIntakeAlert();
}
