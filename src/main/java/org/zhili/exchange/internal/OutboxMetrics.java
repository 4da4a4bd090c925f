package org.zhili.exchange.internal;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.zhili.platform.Sampled;

/**
 * How far the exchange is behind: the messages not yet sent and the age of the oldest, as metrics
 * ({@code zhili.exchange.outbox.pending}, {@code zhili.exchange.outbox.oldest.age}). Read from the shared outbox
 * (every node reports the district's), at most once a second however often it is scraped.
 */
@Component
class OutboxMetrics {

	private final Sampled<Outbox.Summary> summary;
	private final Clock clock;

	OutboxMetrics(Outbox outbox, Clock clock, MeterRegistry meters) {
		this.summary = new Sampled<>(Duration.ofSeconds(1), outbox::summary);
		this.clock = clock;
		Gauge.builder("zhili.exchange.outbox.pending", this, m -> m.summary.get().pending())
			.description("Messages for the data-sharing exchange not yet acknowledged by Kafka")
			.register(meters);
		Gauge.builder("zhili.exchange.outbox.oldest.age", this, m -> m.summary.get().oldestAge(m.clock.instant()).toSeconds())
			.description("How long the oldest message not yet sent has waited")
			.baseUnit("seconds")
			.register(meters);
	}
}
