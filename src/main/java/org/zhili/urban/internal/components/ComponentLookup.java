package org.zhili.urban.internal.components;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhili.platform.ClusterSignals;

/**
 * The current {@link ComponentIndex}: built on first use, and again after every committed change of the inventory on
 * this node. Lookups read a volatile reference and never wait for a rebuild. Another node's change drops this one's
 * index (a cluster signal), and the next lookup builds it again.
 */
@Service
public class ComponentLookup {

	/** Lookups answer at most this many components. */
	public static final int MAX_RESULTS = 50;

	private static final Logger log = LoggerFactory.getLogger(ComponentLookup.class);

	private static final String SIGNAL = "urban.components";

	private final ComponentStore store;
	private final ClusterSignals signals;
	private volatile ComponentIndex index;

	ComponentLookup(ComponentStore store, ClusterSignals signals) {
		this.store = store;
		this.signals = signals;
		signals.on(SIGNAL, any -> index = null);
	}

	/** The components within {@code metres} of a WGS84 point, nearest first, optionally of a class (4 digits) or 大类 (2). */
	public List<ComponentIndex.Nearby> near(double lng, double lat, double metres, String classCode, int limit) {
		return index().near(lng, lat, metres, classCode, Math.min(limit, MAX_RESULTS));
	}

	ComponentIndex index() {
		ComponentIndex current = index;
		if (current == null) {
			synchronized (this) {
				if (index == null) {
					rebuild();
				}
				current = index;
			}
		}
		return current;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ComponentsChanged changed) {
		rebuild();
	}

	/** Sent in the changing transaction: the other nodes hear it when (and only if) it commits. */
	@EventListener
	void tellOthers(ComponentsChanged changed) {
		signals.send(SIGNAL, "");
	}

	synchronized void rebuild() {
		long start = System.nanoTime();
		ComponentIndex rebuilt = ComponentIndex.of(store.spots());
		index = rebuilt;
		log.info("Component index built: {} components in {} ms", rebuilt.size(), (System.nanoTime() - start) / 1_000_000);
	}
}
