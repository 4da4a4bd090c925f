package org.zhili.routing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * How far routing is behind intake: the cases queued and the age of the oldest, as metrics
 * ({@code zhili.routing.backlog}, {@code zhili.routing.backlog.age}) and for the dispatcher's page. Read from the
 * shared queue (so every node reports the district's backlog), at most once a second however often it is asked.
 */
@Component
class RoutingBacklog {

	/** The backlog as read at {@code at}. */
	record Reading(long cases, long ageSeconds, Instant at) {
	}

	private static final Duration FRESH = Duration.ofSeconds(1);

	private final RoutingQueue queue;
	private final Clock clock;
	private volatile Reading last;

	RoutingBacklog(RoutingQueue queue, Clock clock, MeterRegistry meters) {
		this.queue = queue;
		this.clock = clock;
		Gauge.builder("zhili.routing.backlog", this, b -> b.now().cases())
			.description("Cases registered and not yet routed (classified, compared, dispatched)")
			.baseUnit("cases")
			.register(meters);
		Gauge.builder("zhili.routing.backlog.age", this, b -> b.now().ageSeconds())
			.description("How long the oldest case not yet routed has waited")
			.baseUnit("seconds")
			.register(meters);
	}

	Reading now() {
		Instant at = Instant.now();
		Reading r = last;
		if (r == null || Duration.between(r.at(), at).compareTo(FRESH) > 0) {
			RoutingQueue.Backlog b = queue.backlog();
			r = new Reading(b.cases(), b.age(clock.instant()).toSeconds(), at);
			last = r;
		}
		return r;
	}
}
