package org.zhili.exchange;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.OwnApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code zhili.events.kafka.bootstrap-servers} set, against a real in-process broker (KRaft) on a port where at
 * first nobody answers: intake goes on while Kafka is away and the messages wait, with their attempts and the error;
 * when the broker comes up on that port they are delivered, each once, read by {@link ExchangeConsumerExample}, with
 * their type and version headers, in order per case, and without the requester's name or phone. zhili runs on a data
 * directory of its own here, beside the shared test context: the relay exists only with the property.
 */
class ExchangeKafkaIT {

	static final String NAME = "司马中继";
	static final String PHONE = "13700004321";
	static final int PORT = freePort();
	static EmbeddedKafkaKraftBroker broker;
	static Forward bootstrap;
	static ConfigurableApplicationContext app;
	static Api api;
	static JdbcClient jdbc;

	@BeforeAll
	static void start() {
		app = OwnApplication.start(Path.of("target/exchange-kafka-it"), "--zhili.events.kafka.bootstrap-servers=localhost:" + PORT,
				"--zhili.events.kafka.send-timeout=2s", "--zhili.events.relay.max-backoff=2s");
		int port = OwnApplication.port(app);
		api = new Api(() -> port, () -> 0);
		jdbc = app.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stop() throws IOException {
		if (app != null) {
			app.close();
		}
		if (bootstrap != null) {
			bootstrap.close();
		}
		if (broker != null) {
			broker.destroy();
		}
	}

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void messagesWaitWhileKafkaIsAwayAndLeaveOnceEachWhenItIsBack() {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", "120104001000");
		// Kafka away: intake answers as ever
		JsonNode kase = cases.register(Map.of("type", "HELP", "categoryCode", "C01",
				"description", "中继测试：楼道灯损坏，老人夜间上下楼困难", "address", "长虹街道",
				"location", Map.of("lng", point[0], "lat", point[1]), "requester", Map.of("name", NAME, "phone", PHONE)));
		long caseId = kase.get("id").asLong();
		Map<String, Object> petition = new HashMap<>();
		petition.put("channel", "LETTER");
		petition.put("title", "中继测试信访");
		petition.put("content", "中继测试：反映小区物业问题");
		petition.put("petitionerName", NAME);
		petition.put("petitionerPhone", PHONE);
		petition.put("streetCode", "120104001000");
		Api.Response p = api.post("/api/v1/petitions", petition, "xinfang");
		assertThat(p.status()).as(p.body()).isEqualTo(201);
		long petitionId = p.json().get("id").asLong();

		// the relay keeps trying the oldest messages (the demo's steps come first); the new ones wait behind them
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql("""
				select count(*) from exchange.outbox where sent_at is null and attempts > 0 and last_error is not null""")
			.query(Long.class)
			.single()).isPositive());
		assertThat(jdbc.sql("select count(*) from exchange.outbox where message_key in (:keys) and sent_at is null")
			.param("keys", List.of(Long.toString(caseId), Long.toString(petitionId)))
			.query(Long.class)
			.single()).isEqualTo(2);
		JsonNode outbox = api.get("/api/v1/exchange/outbox", "secadmin").json();
		assertThat(outbox.get("kafkaConfigured").asBoolean()).isTrue();
		assertThat(outbox.get("pending").asLong()).isPositive();

		// the broker comes up where the relay looks for it: everything waiting leaves
		broker = new EmbeddedKafkaKraftBroker(1, 1, "zhili.cases", "zhili.petitions", "zhili.disputes", "zhili.steps");
		broker.afterPropertiesSet();
		// the in-process broker takes a port of its own: the relay's bootstrap address now leads to it
		bootstrap = new Forward(PORT, broker.getBrokersAsString());
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
				"select count(*) from exchange.outbox where sent_at is null").query(Long.class).single()).isZero());
		cases.step(caseId, "dispatch", Map.of("unitCode", "120104001000"), "dispatcher");

		List<ExchangeConsumerExample.Message> received = new ArrayList<>();
		try (ExchangeConsumerExample consumer = new ExchangeConsumerExample(broker.getBrokersAsString(),
				List.of("zhili.cases", "zhili.petitions", "zhili.disputes", "zhili.steps"))) {
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				received.addAll(consumer.poll(Duration.ofMillis(500)));
				assertThat(received).anyMatch(m -> m.type().equals("case.dispatched") && m.key().equals(caseId + ""));
				assertThat(received).anyMatch(m -> m.type().equals("petition.registered")
						&& m.key().equals(petitionId + ""));
				List<String> sent = jdbc.sql("select id::text from exchange.outbox where sent_at is not null")
					.query(String.class)
					.list();
				assertThat(received).extracting(ExchangeConsumerExample.Message::id).containsAll(sent);
			});
		}
		// each row once; the case's messages in the order they happened
		assertThat(received).extracting(ExchangeConsumerExample.Message::id).doesNotHaveDuplicates();
		assertThat(received).allSatisfy(m -> {
			assertThat(m.version()).isEqualTo(1);
			assertThat(m.json()).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain("****" + PHONE.substring(7))
				.doesNotContain("楼道灯");
		});
		List<ExchangeConsumerExample.Message> ofCase = received.stream().filter(m -> m.key().equals(caseId + "")).toList();
		assertThat(ofCase).extracting(ExchangeConsumerExample.Message::type)
			.startsWith("case.registered")
			.contains("case.dispatched");
		JsonNode registered = json.readTree(ofCase.get(0).json());
		assertThat(ofCase.get(0).topic()).isEqualTo("zhili.cases");
		assertThat(registered.get("caseId").asLong()).isEqualTo(caseId);
		assertThat(registered.get("trackingNumber").asString()).isEqualTo(kase.get("trackingNumber").asString());
		assertThat(registered.get("type").asString()).isEqualTo("HELP");
		assertThat(registered.get("streetCode").asString()).isEqualTo("120104001000");
		ExchangeConsumerExample.Message petitionMessage = received.stream()
			.filter(m -> m.type().equals("petition.registered") && m.key().equals(petitionId + ""))
			.findFirst()
			.orElseThrow();
		assertThat(petitionMessage.topic()).isEqualTo("zhili.petitions");
		assertThat(json.readTree(petitionMessage.json()).get("trackingNumber").asString())
			.isEqualTo(p.json().get("trackingNumber").asString());
	}

	/**
	 * Forwards connections on a local port to the broker (a Kafka client bootstraps there, then talks to the address
	 * the broker advertises).
	 */
	static final class Forward implements AutoCloseable {

		private final ServerSocket server;

		Forward(int port, String target) {
			String[] hostPort = target.split(",")[0].split(":");
			try {
				server = new ServerSocket(port);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			Thread accept = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						Socket in = server.accept();
						Socket out = new Socket(hostPort[0], Integer.parseInt(hostPort[1]));
						pipe(in, out);
						pipe(out, in);
					}
					catch (IOException e) {
						// closed
					}
				}
			}, "kafka-forward");
			accept.setDaemon(true);
			accept.start();
		}

		private static void pipe(Socket from, Socket to) {
			Thread t = new Thread(() -> {
				try (from; to) {
					from.getInputStream().transferTo(to.getOutputStream());
				}
				catch (IOException e) {
					// one side closed
				}
			}, "kafka-forward-pipe");
			t.setDaemon(true);
			t.start();
		}

		@Override
		public void close() throws IOException {
			server.close();
		}
	}

	private static int freePort() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
