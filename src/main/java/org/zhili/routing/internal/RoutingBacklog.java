package org.zhili.routing.internal;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.zhili.platform.Sampled;

/**
 * How far routing is behind intake: the cases queued and the age of the oldest, as metrics
 * ({@code zhili.routing.backlog}, {@code zhili.routing.backlog.age}) and for the dispatcher's page. Read from the
 * shared queue (so every node reports the district's backlog), at most once a second however often it is asked.
 */
@Component
class RoutingBacklog {

	/** The backlog: cases waiting, and how long the oldest has. */
	record Reading(long cases, long ageSeconds) {
	}

	private final Sampled<Reading> reading;

	RoutingBacklog(RoutingQueue queue, Clock clock, MeterRegistry meters) {
		this.reading = new Sampled<>(Duration.ofSeconds(1), () -> {
			RoutingQueue.Backlog b = queue.backlog();
			return new Reading(b.cases(), b.age(clock.instant()).toSeconds());
		});
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
		return reading.get();
	}
}
