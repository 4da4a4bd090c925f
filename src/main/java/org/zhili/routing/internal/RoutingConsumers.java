package org.zhili.routing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseRegistered;

/**
 * Routing's own consumers of {@link RoutingQueue}: each takes a batch, routes it in one transaction and goes on
 * until the queue is empty, then waits to be woken (or polls, for cases queued on another node). A batch that fails
 * is routed case by case; a case that fails on its own waits and is tried again, so one bad case holds up nobody.
 */
@Component
class RoutingConsumers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RoutingConsumers.class);

	private final RoutingQueue queue;
	private final RoutingSignal signal;
	private final CaseListeners listeners;
	private final TransactionTemplate transactions;
	private final RoutingProperties.Consumers settings;
	private final List<Thread> threads = new ArrayList<>();
	private volatile boolean running;

	RoutingConsumers(RoutingQueue queue, RoutingSignal signal, CaseListeners listeners, TransactionTemplate transactions,
			RoutingProperties properties) {
		this.queue = queue;
		this.signal = signal;
		this.listeners = listeners;
		this.transactions = transactions;
		this.settings = properties.consumers();
	}

	/** Consumers start once the application is ready: the model and the index are loaded by then. */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		synchronized (threads) {
			if (!running) {
				return;
			}
			for (int i = 0; i < settings.threads(); i++) {
				Thread t = new Thread(this::consume, "zhili-routing-" + (i + 1));
				t.setDaemon(true);
				threads.add(t);
				t.start();
			}
		}
	}

	private void consume() {
		while (running) {
			try {
				int routed;
				try {
					routed = routeBatch();
				}
				catch (RuntimeException e) {
					// nothing could be taken (the database away, say): wait before trying again
					log.warn("Routing could not take cases from its queue: {}", e.toString());
					routed = 0;
				}
				if (routed == 0) {
					signal.await(settings.poll().toMillis());
				}
			}
			catch (InterruptedException stopping) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Routes one batch; answers how many cases it took. */
	int routeBatch() {
		List<Long> taken = new ArrayList<>();
		try {
			Integer n = transactions.execute(tx -> {
				List<CaseRegistered> batch = queue.take(settings.batchSize());
				batch.forEach(c -> taken.add(c.caseId()));
				listeners.route(batch);
				return batch.size();
			});
			return n == null ? 0 : n;
		}
		catch (RuntimeException e) {
			if (taken.size() <= 1 && !taken.isEmpty()) {
				postpone(taken.get(0), e);
				return 1;
			}
			if (taken.isEmpty()) {
				throw e;
			}
			log.warn("Routing batch of {} cases failed, routing them one by one: {}", taken.size(), e.toString());
			taken.forEach(this::routeOne);
			return taken.size();
		}
	}

	private void routeOne(long caseId) {
		try {
			transactions.executeWithoutResult(tx -> listeners.route(queue.takeOne(caseId)));
		}
		catch (RuntimeException e) {
			postpone(caseId, e);
		}
	}

	private void postpone(long caseId, RuntimeException cause) {
		log.error("Routing case {} failed; tried again in {}", caseId, settings.retryAfter(), cause);
		transactions.executeWithoutResult(tx -> queue.postpone(caseId, settings.retryAfter()));
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		synchronized (threads) {
			threads.forEach(Thread::interrupt);
			for (Thread t : threads) {
				try {
					t.join(Duration.ofSeconds(10).toMillis());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			threads.clear();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
