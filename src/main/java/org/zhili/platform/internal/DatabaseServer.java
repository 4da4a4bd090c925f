package org.zhili.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL on its own, as the server several nodes share (ops/cluster.sh): started from the packaged
 * application, durable, on a fixed port, until the process is stopped (SIGTERM stops PostgreSQL cleanly).
 *
 * <pre>
 * java -Dloader.main=org.zhili.platform.internal.DatabaseServer -cp zhili.jar \
 *      org.springframework.boot.loader.launch.PropertiesLauncher DATA_DIR PORT
 * </pre>
 *
 * The nodes then run with {@code SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:PORT/postgres} and
 * {@code SPRING_DATASOURCE_USERNAME=postgres}. Any PostgreSQL 15+ does as well.
 */
public final class DatabaseServer {

	private DatabaseServer() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: DatabaseServer DATA_DIR PORT");
			System.exit(2);
		}
		Path dir = Files.createDirectories(Path.of(args[0]).toAbsolutePath().normalize());
		int port = Integer.parseInt(args[1]);
		// two nodes' pools, their listening connections and the scheduler's
		EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.server(dir, true, 120)
			.setPort(port)
			.start();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (Exception e) {
				System.err.println("stopping PostgreSQL: " + e);
			}
			stopped.countDown();
		}, "database-server-stop"));
		System.out.println("PostgreSQL serving " + dir + " on port " + postgres.getPort());
		stopped.await();
	}
}
