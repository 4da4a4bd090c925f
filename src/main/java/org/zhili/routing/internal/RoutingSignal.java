package org.zhili.routing.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Wakes routing's consumers when cases were queued on this node (other nodes' cases are found by polling). */
@Component
class RoutingSignal {

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
