package org.zhili.exchange.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the exchange's messages go ({@code zhili.events.*}).
 *
 * @param kafka the broker; without {@code bootstrap-servers} no Kafka client is made and messages wait in the outbox
 * @param relay how the outbox is read
 * @param retention how long a sent message stays in the outbox (for the admin page and for replaying by hand)
 */
@ConfigurationProperties("zhili.events")
record ExchangeProperties(@DefaultValue Kafka kafka, @DefaultValue Relay relay, @DefaultValue("7d") Duration retention) {

	/**
	 * @param bootstrapServers {@code host:port,…}; unset (the default): nothing is sent
	 * @param sendTimeout how long a send may wait for the broker (metadata, then each acknowledgement)
	 * @param properties further producer settings (security, say), as Kafka names them; they win over zhili's
	 */
	record Kafka(String bootstrapServers, @DefaultValue("5s") Duration sendTimeout, Map<String, String> properties) {

		Kafka {
			properties = properties == null ? Map.of() : Map.copyOf(properties);
		}
	}

	/**
	 * @param batchSize messages taken and sent together
	 * @param poll how often the relay looks for messages written on another node (this node's wake it at once)
	 * @param maxBackoff the longest wait between tries while the broker does not answer (doubling from {@code poll})
	 */
	record Relay(@DefaultValue("500") int batchSize, @DefaultValue("1s") Duration poll,
			@DefaultValue("30s") Duration maxBackoff) {
	}
}
