package org.zhili.platform;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes a module's background worker (routing's consumers, the exchange's relay) when work for it was committed on
 * this node, so that it need not poll fast; work committed on another node is found by the worker's own polling.
 */
public class WakeUp {

	/** Enough for every waiting worker thread; more wake-ups than that add nothing. */
	private static final int MAX_PERMITS = 16;

	private final Semaphore permits = new Semaphore(0);

	public void wake() {
		if (permits.availablePermits() < MAX_PERMITS) {
			permits.release();
		}
	}

	/**
	 * Wakes when the caller's transaction commits, or at once without one: before the commit the worker would not see
	 * the rows it is woken for.
	 */
	public void wakeAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wake();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wake();
			}
		});
	}

	/** Waits until woken or {@code millis} passed. */
	public void await(long millis) throws InterruptedException {
		permits.tryAcquire(millis, TimeUnit.MILLISECONDS);
	}
}
