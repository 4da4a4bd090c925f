package org.zhili.exchange.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Wakes the relay when messages were committed on this node (other nodes' are found by polling). */
@Component
class ExchangeSignal {

	private final Semaphore permits = new Semaphore(0);

	void wake() {
		if (permits.availablePermits() < 16) {
			permits.release();
		}
	}

	/** Waits until woken or {@code millis} passed. */
	void await(long millis) throws InterruptedException {
		permits.tryAcquire(millis, TimeUnit.MILLISECONDS);
	}
}
