package org.zhili.process.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.StartupWork;
import org.zhili.process.Clocks;
import org.zhili.process.UntimedItems;

/**
 * Hands every loop's {@link UntimedItems} to the clocks once, after the demo (phases 0 and 1), whose items get
 * their clocks as they are generated: a loop that has any clock is done.
 */
@Component
class ClockAdoption extends StartupWork {

	private static final Logger log = LoggerFactory.getLogger(ClockAdoption.class);

	private final List<UntimedItems> loops;
	private final Clocks clocks;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	ClockAdoption(List<UntimedItems> loops, Clocks clocks, JdbcClient jdbc, TransactionTemplate transactions) {
		super(2);
		this.loops = loops;
		this.clocks = clocks;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	protected void run() {
		for (UntimedItems loop : loops) {
			transactions.executeWithoutResult(tx -> {
				lockAcrossNodes(jdbc, "process.clock-adoption." + loop.loop());
				if (clocks.any(loop.loop())) {
					return;
				}
				int adopted = loop.adopt();
				if (adopted > 0) {
					log.info("Deadlines of {} items of loop {} handed to the process kit's clocks", adopted, loop.loop());
				}
			});
		}
	}
}
