package org.zhili.process.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.StartupWork;

/**
 * 督办 migrated from before the kit timed them (V13) have a reply deadline but no clock: at start they get one,
 * so that an unanswered one still climbs the ladder. After the demo (phase 0).
 */
@Component
class SupervisionAdoption extends StartupWork {

	private final SupervisionService supervisions;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	SupervisionAdoption(SupervisionService supervisions, JdbcClient jdbc, TransactionTemplate transactions) {
		super(1);
		this.supervisions = supervisions;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	protected void run() {
		transactions.executeWithoutResult(tx -> {
			lockAcrossNodes(jdbc, "process.supervision-adoption");
			supervisions.adoptUntimed();
		});
	}
}
