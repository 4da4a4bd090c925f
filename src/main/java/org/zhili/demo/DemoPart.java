package org.zhili.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.StartupWork;

/**
 * A part of the demo played once, on the first start: in one transaction, locked across nodes (a node starting at
 * the same moment waits and then finds it done), only while its module holds nothing of it; one log line says what
 * it made and how long it took.
 */
abstract class DemoPart extends StartupWork {

	private final Logger log = LoggerFactory.getLogger(getClass());
	private final String name;
	private final TransactionTemplate transactions;
	private final JdbcClient jdbc;

	/** @param name what the log and the lock call the part ({@code plans}, {@code hazard campaign}…) */
	DemoPart(int phase, String name, TransactionTemplate transactions, JdbcClient jdbc) {
		super(phase);
		this.name = name;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** Whether the part is still to be played (its module holds nothing of it yet). */
	protected abstract boolean wanted();

	/** Plays the part; answers what it made, for the log. */
	protected abstract String play();

	@Override
	protected final void run() {
		transactions.executeWithoutResult(tx -> {
			lockAcrossNodes(jdbc, "zhili.demo." + name);
			if (wanted()) {
				long started = System.nanoTime();
				String made = play();
				log.info("Demo {}: {} in {} ms", name, made, (System.nanoTime() - started) / 1_000_000);
			}
		});
	}
}
