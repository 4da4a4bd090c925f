package org.zhili.platform;

import java.util.function.Consumer;

/**
 * Tells the other nodes on the same database that something a node keeps in memory has changed, so that they drop
 * their copy (the org directory, the category tree, the urban catalogue…). One facility for every module: PostgreSQL
 * {@code NOTIFY} on one channel, heard by one listening connection per node.
 * <p>
 * A signal sent inside a transaction leaves only when it commits (NOTIFY is transactional), so no node reloads
 * before the change is visible, and a rolled-back change tells nobody. A node that lost its listening connection
 * (the database restarted, the network dropped) may have missed signals: when it listens again every handler is
 * called with {@link #EVERYTHING}, to drop all it holds.
 */
public interface ClusterSignals {

	/** The payload a handler gets after its node may have missed signals: whatever it holds may be stale. */
	String EVERYTHING = "*";

	/**
	 * Sends {@code topic} (e.g. {@code org.units}) with a short payload ({@code ""} for none) to every other node: when
	 * the current transaction commits, or at once outside one. The sending node is not told: it has updated itself.
	 */
	void send(String topic, String payload);

	/**
	 * Runs {@code handler} on this node for every {@code topic} another node sends, with its payload (or
	 * {@link #EVERYTHING}). Handlers run one at a time on the listening thread: they drop what they hold (the next
	 * reader loads it again) or reload it at once when readers must never wait, and return.
	 */
	void on(String topic, Consumer<String> handler);
}
