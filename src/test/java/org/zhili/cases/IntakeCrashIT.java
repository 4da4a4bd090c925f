package org.zhili.cases;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhili.bench.IntakeLoad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} during sustained intake. The packaged application runs in its own process on a durable
 * database; the load generator creates cases and dispatches some of them (which sets their acceptance
 * timers), and the process is killed while requests are in flight. After a restart on the same data
 * directory every acknowledged case exists exactly once and every acknowledged dispatch still has its timers.
 */
class IntakeCrashIT {

	private static final Path DATA = Path.of("target/crash-data");

	private Process app;

	@AfterEach
	void stop() {
		if (app != null) {
			app.destroy();
		}
	}

	@Test
	void everyAcknowledgedCaseAndTimerSurvivesAKill() throws Exception {
		deleteRecursively(DATA);
		int port = freePort();
		int dbPort = freePort();
		app = start(port, dbPort);

		Path acks = Files.createTempFile("intake-acks", ".tsv");
		IntakeLoad load = IntakeLoad.of("--url", "http://localhost:" + port, "--connections", "8", "--duration", "300",
				"--dispatch-every", "4", "--acks", acks.toString());
		Thread sender = new Thread(() -> {
			try {
				load.run();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		sender.start();
		try {
			// However busy the machine, kill only once enough cases and dispatches were acknowledged, mid-stream.
			await("200 cases and 20 dispatches acknowledged").atMost(Duration.ofSeconds(240))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> acknowledged(acks, "C") >= 200 && acknowledged(acks, "D") >= 20);
		}
		finally {
			app.destroyForcibly().waitFor();
			load.stop();
			sender.join();
		}

		List<Long> cases = new ArrayList<>();
		List<Long> dispatched = new ArrayList<>();
		for (String line : Files.readAllLines(acks, StandardCharsets.UTF_8)) {
			String[] f = line.split("\t");
			(f[0].equals("C") ? cases : dispatched).add(Long.parseLong(f[1]));
		}
		assertThat(cases).as("cases acknowledged before the kill").hasSizeGreaterThanOrEqualTo(200);
		assertThat(dispatched).as("dispatches acknowledged before the kill").hasSizeGreaterThanOrEqualTo(20);

		app = start(port, dbPort);
		try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres",
				"postgres", "")) {
			assertThat(count(db, "select count(*) from cases.case_record where id = any(?)", cases))
				.as("every acknowledged case is there").isEqualTo(cases.size());
			assertThat(count(db, """
					select count(*) from (select description from cases.case_record
					                      group by description having count(*) > 1) twice""", null))
				.as("no case was stored twice").isZero();
			assertThat(count(db, """
					select count(distinct k.item_id) from process.clock k join scheduled_tasks t
					  on t.task_name = 'process-clock' and t.task_instance = k.id || '-' || floor(extract(epoch from k.due_at))::bigint || '-DUE'
					where k.loop = 'case' and k.name = 'accept' and k.state = 'RUNNING' and k.item_id = any(?)""", dispatched))
				.as("every acknowledged dispatch keeps its deadline timer").isEqualTo(dispatched.size());
			assertThat(count(db, "select count(*) from cases.case_record where id = any(?) and state = 'DISPATCHED'",
					dispatched))
				.as("and is still dispatched").isEqualTo(dispatched.size());
		}
	}

	private static long acknowledged(Path acks, String kind) throws IOException {
		try (Stream<String> lines = Files.lines(acks, StandardCharsets.UTF_8)) {
			return lines.filter(l -> l.startsWith(kind + "\t")).count();
		}
	}

	private static long count(Connection db, String sql, List<Long> ids) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			if (ids != null) {
				query.setArray(1, db.createArrayOf("bigint", ids.toArray()));
			}
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** The packaged application on a durable database in {@link #DATA}, once it answers. */
	private static Process start(int port, int dbPort) throws IOException {
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter(f -> f.getFileName().toString().matches("zhili-.*\\.jar")).findFirst().orElseThrow();
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
				"--zhili.data-dir=" + DATA, "--zhili.database.port=" + dbPort, "--zhili.demo.cases=0")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/crash-app.log").toFile()))
			.start();
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
		try {
			await("the application answers within 180 s (see target/crash-app.log)").atMost(Duration.ofSeconds(180))
				.pollInterval(Duration.ofMillis(250))
				.failFast("the application exited (see target/crash-app.log)", () -> !process.isAlive())
				.ignoreExceptionsInstanceOf(IOException.class) // still starting
				.until(() -> http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
		}
		catch (RuntimeException | Error failed) {
			process.destroyForcibly();
			throw failed;
		}
		return process;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}
}
