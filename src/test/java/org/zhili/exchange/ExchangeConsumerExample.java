package org.zhili.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A receiver of zhili's exchange messages, as small as it gets: reads the topics from the start and prints each
 * message's type, version, key and JSON. A real receiver would pick its handling by the {@code zhili-type} and
 * {@code zhili-version} headers and drop a message whose {@code zhili-id} it has seen (a message may come twice).
 *
 * <pre>
 * ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:$(cat target/test-classpath.txt) org.zhili.exchange.ExchangeConsumerExample \
 *     localhost:9092 zhili.cases zhili.petitions zhili.disputes
 * </pre>
 */
public final class ExchangeConsumerExample implements AutoCloseable {

	/** One message as received; {@code receivedAt} in epoch milliseconds. */
	public record Message(String topic, String key, String type, int version, String id, String json,
			long receivedAt) {
	}

	private final KafkaConsumer<String, String> consumer;

	public ExchangeConsumerExample(String bootstrapServers, Collection<String> topics) {
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "zhili-example-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
		consumer.subscribe(topics);
	}

	/** The messages that arrive within {@code timeout} (fewer if the wait ends early). */
	public List<Message> poll(Duration timeout) {
		List<Message> messages = new ArrayList<>();
		for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
			long now = System.currentTimeMillis();
			messages.add(new Message(r.topic(), r.key(), header(r, "zhili-type"),
					Integer.parseInt(header(r, "zhili-version")), header(r, "zhili-id"), r.value(), now));
		}
		return messages;
	}

	private static String header(ConsumerRecord<?, ?> r, String name) {
		Header h = r.headers().lastHeader(name);
		return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		consumer.close();
	}

	public static void main(String[] args) {
		if (args.length < 2) {
			System.err.println("usage: ExchangeConsumerExample BOOTSTRAP_SERVERS TOPIC...");
			System.exit(2);
		}
		try (ExchangeConsumerExample example = new ExchangeConsumerExample(args[0],
				Arrays.asList(args).subList(1, args.length))) {
			while (true) {
				for (Message m : example.poll(Duration.ofSeconds(1))) {
					System.out.printf("%s v%d key=%s id=%s %s%n", m.type(), m.version(), m.key(), m.id(), m.json());
				}
			}
		}
	}
}
