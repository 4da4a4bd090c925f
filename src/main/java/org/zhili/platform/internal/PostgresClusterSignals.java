package org.zhili.platform.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.platform.ClusterSignals;

/**
 * {@link ClusterSignals} over PostgreSQL {@code LISTEN}/{@code NOTIFY} on the channel {@value #CHANNEL}. A message is
 * {@code node|topic|payload}; a node skips its own. The listening connection is its own (not one of the pool's: it is
 * held for the node's life), opened again after a failure, and every handler is told {@link #EVERYTHING} then.
 */
@Component
class PostgresClusterSignals implements ClusterSignals, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PostgresClusterSignals.class);

	static final String CHANNEL = "zhili_cluster";
	/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more. */
	private static final int MAX_PAYLOAD = 7_000;
	private static final Duration RETRY = Duration.ofSeconds(2);

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final String node = UUID.randomUUID().toString();
	private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
	private volatile boolean running;
	private volatile Thread listener;
	private volatile Connection listening;

	PostgresClusterSignals(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@Override
	public void send(String topic, String payload) {
		if (topic.indexOf('|') >= 0) {
			throw new IllegalArgumentException("a topic has no '|': " + topic);
		}
		String message = node + "|" + topic + "|" + (payload == null ? "" : payload);
		if (message.length() > MAX_PAYLOAD) {
			// too long to send: the others drop everything of the topic instead
			message = node + "|" + topic + "|" + EVERYTHING;
		}
		jdbc.sql("select pg_notify(:channel, :message)").param("channel", CHANNEL).param("message", message).query()
			.listOfRows();
	}

	@Override
	public void on(String topic, Consumer<String> handler) {
		handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
	}

	/** Listens from the start of the lifecycle, before the web server takes requests. */
	@Override
	public void start() {
		running = true;
		Thread t = new Thread(this::listen, "zhili-cluster-signals");
		t.setDaemon(true);
		listener = t;
		t.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread t = listener;
		if (t != null) {
			t.interrupt();
			closeQuietly(listening);
			try {
				t.join(5_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Early: the listening connection goes after the web server has stopped, before the pool closes. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	private void listen() {
		boolean first = true;
		while (running) {
			try (Connection connection = open()) {
				listening = connection;
				try (Statement s = connection.createStatement()) {
					s.execute("listen " + CHANNEL);
				}
				if (!first) {
					// signals sent while this node was not listening are lost: whatever is held may be stale
					log.info("Listening to the other nodes again; dropping what was kept in memory");
					handlers.keySet().forEach(topic -> deliver(topic, EVERYTHING));
				}
				first = false;
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] received = pg.getNotifications(1_000);
					if (received != null) {
						for (PGNotification n : received) {
							receive(n.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (!running) {
					return;
				}
				first = false;
				log.warn("Listening to the other nodes failed ({}); trying again in {} s", e.toString(), RETRY.toSeconds());
				try {
					Thread.sleep(RETRY.toMillis());
				}
				catch (InterruptedException stopping) {
					return;
				}
			}
		}
	}

	void receive(String message) {
		int a = message.indexOf('|');
		int b = a < 0 ? -1 : message.indexOf('|', a + 1);
		if (b < 0 || message.regionMatches(0, node, 0, a) && a == node.length()) {
			return;
		}
		deliver(message.substring(a + 1, b), message.substring(b + 1));
	}

	private void deliver(String topic, String payload) {
		for (Consumer<String> handler : handlers.getOrDefault(topic, List.of())) {
			try {
				handler.accept(payload);
			}
			catch (RuntimeException e) {
				log.error("Handling the cluster signal {} failed", topic, e);
			}
		}
	}

	/** A connection of its own to the pool's URL as its user; from the data source itself when it is not Hikari's. */
	private Connection open() throws SQLException {
		if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return dataSource.getConnection();
	}

	private static void closeQuietly(Connection c) {
		if (c != null) {
			try {
				c.close();
			}
			catch (SQLException ignored) {
				// closing anyway
			}
		}
	}
}
