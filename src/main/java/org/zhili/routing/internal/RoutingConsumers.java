package org.zhili.routing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseRegistered;
import org.zhili.platform.BackgroundWorker;

/**
 * Routing's own consumers of {@link RoutingQueue}: each takes a batch, routes it in one transaction and goes on
 * until the queue is empty, then waits to be woken (or polls, for cases queued on another node). A batch that fails
 * is routed case by case; a case that fails on its own waits and is tried again, so one bad case holds up nobody.
 */
@Component
class RoutingConsumers extends BackgroundWorker {

	private static final Logger log = LoggerFactory.getLogger(RoutingConsumers.class);

	private final RoutingQueue queue;
	private final CaseListeners listeners;
	private final TransactionTemplate transactions;
	private final RoutingProperties.Consumers settings;

	RoutingConsumers(RoutingQueue queue, RoutingSignal signal, CaseListeners listeners, TransactionTemplate transactions,
			RoutingProperties properties) {
		// started once the application is ready: the model and the index are loaded by then
		super("zhili-routing", properties.consumers().threads(), signal);
		this.queue = queue;
		this.listeners = listeners;
		this.transactions = transactions;
		this.settings = properties.consumers();
	}

	@Override
	protected Duration turn() {
		int routed;
		try {
			routed = routeBatch();
		}
		catch (RuntimeException e) {
			// nothing could be taken (the database away, say): wait before trying again
			log.warn("Routing could not take cases from its queue: {}", e.toString());
			routed = 0;
		}
		return routed == 0 ? settings.poll() : Duration.ZERO;
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
}
