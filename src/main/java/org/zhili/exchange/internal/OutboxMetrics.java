package org.zhili.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * How far the exchange is behind: the messages not yet sent and the age of the oldest, as metrics
 * ({@code zhili.exchange.outbox.pending}, {@code zhili.exchange.outbox.oldest.age}) and for the admin page. Read
 * from the shared outbox (every node reports the district's), at most once a second however often it is asked.
 */
@Component
class OutboxMetrics {

	/** The outbox as read at {@code at}. */
	record Reading(Outbox.Summary summary, long oldestSeconds, Instant at) {
	}

	private static final Duration FRESH = Duration.ofSeconds(1);

	private final Outbox outbox;
	private final Clock clock;
	private volatile Reading last;

	OutboxMetrics(Outbox outbox, Clock clock, MeterRegistry meters) {
		this.outbox = outbox;
		this.clock = clock;
		Gauge.builder("zhili.exchange.outbox.pending", this, m -> m.now().summary().pending())
			.description("Messages for the data-sharing exchange not yet acknowledged by Kafka")
			.register(meters);
		Gauge.builder("zhili.exchange.outbox.oldest.age", this, m -> m.now().oldestSeconds())
			.description("How long the oldest message not yet sent has waited")
			.baseUnit("seconds")
			.register(meters);
	}

	Reading now() {
		Instant at = Instant.now();
		Reading r = last;
		if (r == null || Duration.between(r.at(), at).compareTo(FRESH) > 0) {
			Outbox.Summary s = outbox.summary();
			r = new Reading(s, s.oldestAge(clock.instant()).toSeconds(), at);
			last = r;
		}
		return r;
	}
}
