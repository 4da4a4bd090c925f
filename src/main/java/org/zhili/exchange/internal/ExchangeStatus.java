package org.zhili.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/** The outbox as the administrator sees it, on the page and through the API. */
@Component
class ExchangeStatus {

	/** How many messages the page lists. */
	static final int LATEST = 50;

	/**
	 * @param kafkaConfigured whether {@code zhili.events.kafka.bootstrap-servers} is set (otherwise nothing is sent)
	 * @param pending messages not yet acknowledged by the broker
	 * @param oldestPendingSeconds how long the oldest of them has waited
	 * @param lastSentAt when a message was last acknowledged, or {@code null}
	 * @param types per message type, pending and sent (still kept)
	 * @param latest the newest messages, newest first
	 */
	record Status(boolean kafkaConfigured, long pending, long oldestPendingSeconds, Instant lastSentAt,
			List<Outbox.TypeCount> types, List<Outbox.Row> latest) {
	}

	private final Outbox outbox;
	private final ExchangeProperties properties;
	private final Clock clock;

	ExchangeStatus(Outbox outbox, ExchangeProperties properties, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	Status now() {
		Outbox.Summary s = outbox.summary();
		return new Status(kafkaConfigured(), s.pending(), s.oldestAge(clock.instant()).toSeconds(), s.lastSent(),
				outbox.perType(), outbox.latest(LATEST));
	}

	boolean kafkaConfigured() {
		String servers = properties.kafka().bootstrapServers();
		return servers != null && !servers.isBlank();
	}
}
