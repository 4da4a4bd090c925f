package org.zhili.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.zhili.exchange.ExchangeConsumerExample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end latency of the data-sharing exchange: from a case's registration (its {@code registeredAt}) to a
 * receiver holding its {@code case.registered} message. Starts an in-process Kafka broker (KRaft) unless
 * {@code --bootstrap} names one, prints its address, and reads {@code zhili.cases} with
 * {@link ExchangeConsumerExample} until no message came for {@code --idle} seconds after the first; prints each
 * 10 s window and the whole run (p50, p99, max). Cases registered before it started are not counted.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * CP=target/test-classes:$(cat target/test-classpath.txt)
 * java -cp $CP org.zhili.bench.ExchangeLatency --idle 100000 &amp;      # prints "broker at localhost:PORT", keeps it up
 * java -Xmx512m -jar target/zhili-0.1.0-SNAPSHOT.jar --zhili.data-dir=/tmp/x --zhili.events.kafka.bootstrap-servers=localhost:PORT
 * java -cp $CP org.zhili.bench.ExchangeLatency --bootstrap localhost:PORT --idle 10 &amp;   # one per measured run
 * java src/test/java/org/zhili/bench/IntakeLoad.java --url http://localhost:8080 --rate 1500 --warmup 5 --duration 30
 * </pre>
 * The in-process broker takes a free port of its own. The same clock stamps the registration and the receipt: run
 * the receiver on the application's machine.
 */
public final class ExchangeLatency {

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int idle = Integer.parseInt(options.getOrDefault("idle", "20"));
		EmbeddedKafkaKraftBroker broker = null;
		String bootstrap = options.get("bootstrap");
		if (bootstrap == null) {
			broker = new EmbeddedKafkaKraftBroker(1, 1, "zhili.cases", "zhili.petitions", "zhili.disputes");
			broker.afterPropertiesSet();
			bootstrap = broker.getBrokersAsString();
		}
		System.out.println("broker at " + bootstrap);
		Instant start = Instant.now();
		JsonMapper json = JsonMapper.builder().build();
		List<Long> all = new ArrayList<>();
		List<Long> window = new ArrayList<>();
		long windowStart = System.currentTimeMillis();
		long last = 0;
		long first = 0;
		try (ExchangeConsumerExample consumer = new ExchangeConsumerExample(bootstrap, List.of("zhili.cases"))) {
			while (true) {
				for (ExchangeConsumerExample.Message m : consumer.poll(Duration.ofMillis(200))) {
					if (!"case.registered".equals(m.type())) {
						continue;
					}
					JsonNode payload = json.readTree(m.json());
					Instant registered = Instant.parse(payload.get("registeredAt").asString());
					if (registered.isBefore(start)) {
						continue;
					}
					long latency = m.receivedAt() - registered.toEpochMilli();
					all.add(latency);
					window.add(latency);
					last = m.receivedAt();
					if (first == 0) {
						first = m.receivedAt();
					}
				}
				long now = System.currentTimeMillis();
				if (now - windowStart >= 10_000) {
					if (!window.isEmpty()) {
						System.out.println(line("10 s", window, (now - windowStart) / 1000.0));
					}
					window.clear();
					windowStart = now;
				}
				if (last > 0 && now - last > idle * 1000L) {
					break;
				}
			}
		}
		System.out.println(line("all ", all, (last - first) / 1000.0));
		if (broker != null) {
			broker.destroy();
		}
	}

	private static String line(String label, List<Long> latencies, double seconds) {
		long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%s %,d messages (%.0f/s)  latency ms: p50 %d  p99 %d  max %d", label,
				sorted.length, seconds > 0 ? sorted.length / seconds : 0, pct(sorted, 0.50), pct(sorted, 0.99),
				sorted[sorted.length - 1]);
	}

	private static long pct(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}
}
