package org.zhili.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.dossiers.EarlyWarningSweeps;
import org.zhili.platform.ChinaTime;

/**
 * The demo's early warnings (zhili.demo.enabled): the rules run over the demo year's intake a week at a time, as the
 * daily sweep would have, so that the streets' alerts exist with their evidence. Petitions heard of before or after
 * (the petitions' demo) are matched to the alerts they followed whichever comes first.
 */
@DemoComponent
class DemoEarlyWarnings extends DemoPart {

	/** After the cases (0) and everything that acts on them; see {@link DemoStartup}. */
	static final int PHASE = 9;

	private final EarlyWarningSweeps sweeps;
	private final Clock clock;

	DemoEarlyWarnings(EarlyWarningSweeps sweeps, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
		super(PHASE, "early warnings", transactions, jdbc);
		this.sweeps = sweeps;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return !sweeps.anyIntakeAlert();
	}

	@Override
	protected String play() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		int alerts = 0;
		for (LocalDate first = today.minusWeeks(53); !first.isAfter(today); first = first.plusWeeks(1)) {
			LocalDate last = first.plusDays(6).isAfter(today) ? today : first.plusDays(6);
			alerts += sweeps.sweep(first, last);
		}
		return alerts + " alerts over the year's intake";
	}
}
