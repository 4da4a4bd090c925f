package org.zhili.exchange.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Kafka producer and the relay, made only when a broker is named: without one (the property unset or blank, as
 * an empty environment variable leaves it), no Kafka client exists (Boot's own Kafka configuration is left out, see
 * {@code ZhiliApplication}) and messages wait in the outbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${zhili.events.kafka.bootstrap-servers:}'.isBlank()")
class KafkaRelayConfiguration {

	/** A bean of its own, so that its producer is closed with the application. */
	@Bean
	DefaultKafkaProducerFactory<String, String> exchangeProducers(ExchangeProperties properties) {
		ExchangeProperties.Kafka kafka = properties.kafka();
		long timeout = kafka.sendTimeout().toMillis();
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "zhili-exchange");
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		// a message the broker acknowledges is on every in-sync replica, once, in order per key
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		// a broker away is noticed within the send timeout, and the batch goes back to the outbox
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) (2 * timeout + 5));
		// while the broker is away the client tries to reconnect, and logs each try: not more often than the relay
		config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, properties.relay().maxBackoff().toMillis());
		config.putAll(kafka.properties());
		return new DefaultKafkaProducerFactory<>(config);
	}

	@Bean
	KafkaTemplate<String, String> exchangeKafka(DefaultKafkaProducerFactory<String, String> exchangeProducers) {
		KafkaTemplate<String, String> template = new KafkaTemplate<>(exchangeProducers);
		// the relay logs one line per failed batch; the template's own listener would log every message
		template.setProducerListener(new ProducerListener<>() {
		});
		return template;
	}

	@Bean
	OutboxRelay outboxRelay(Outbox outbox, ExchangeSignal signal, KafkaTemplate<String, String> exchangeKafka,
			TransactionTemplate transactions, Clock clock, ExchangeProperties properties) {
		return new OutboxRelay(outbox, signal, exchangeKafka, transactions, clock, properties);
	}
}
