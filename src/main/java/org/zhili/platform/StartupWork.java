package org.zhili.platform;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work done once as the application starts, after every bean and before the web server takes requests (the
 * server's phase is just below {@link SmartLifecycle#DEFAULT_PHASE}): demo data, an index rebuilt from history.
 * Lower phases run first. Nodes starting together each run it, so the work takes {@link #lockAcrossNodes} in its
 * transaction: one node does it, the others wait and then find it done.
 */
public abstract class StartupWork implements SmartLifecycle {

	private final int phase;
	private volatile boolean running;

	protected StartupWork(int phase) {
		this.phase = phase;
	}

	/** The work itself, on the starting thread. */
	protected abstract void run();

	/** Holds a lock by this name, shared by every node on the database, until the current transaction ends. */
	protected static void lockAcrossNodes(JdbcClient jdbc, String name) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:name))").param("name", name).query().listOfRows();
	}

	@Override
	public final void start() {
		running = true;
		run();
	}

	@Override
	public final void stop() {
		running = false;
	}

	@Override
	public final boolean isRunning() {
		return running;
	}

	@Override
	public final int getPhase() {
		return phase;
	}
}
