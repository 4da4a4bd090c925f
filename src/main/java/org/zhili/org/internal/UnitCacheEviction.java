package org.zhili.org.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhili.org.DepartmentChanged;
import org.zhili.org.GeographyChanged;
import org.zhili.platform.ClusterSignals;

/**
 * Drops the cached units that scopes are resolved from once a change of units has committed, on this node and (by a
 * cluster signal) on the others, which also rebuild their locate index after a change of geography.
 */
@Component
class UnitCacheEviction {

	private static final String UNITS = "org.units";
	private static final String GEOGRAPHY = "org.geography";

	private final UnitDirectory directory;
	private final ClusterSignals signals;

	UnitCacheEviction(UnitDirectory directory, GeographyIndex geography, ClusterSignals signals) {
		this.directory = directory;
		this.signals = signals;
		signals.on(UNITS, any -> directory.evict());
		signals.on(GEOGRAPHY, any -> {
			directory.evict();
			geography.rebuild();
		});
	}

	@TransactionalEventListener
	void on(DepartmentChanged changed) {
		directory.evict();
	}

	@TransactionalEventListener
	void on(GeographyChanged changed) {
		// Grids are created and ended with their layer.
		directory.evict();
	}

	/** Sent in the changing transaction: the other nodes hear it when (and only if) it commits. */
	@EventListener
	void tellOthers(DepartmentChanged changed) {
		signals.send(UNITS, changed.code());
	}

	@EventListener
	void tellOthers(GeographyChanged changed) {
		signals.send(GEOGRAPHY, String.valueOf(changed.level()));
	}
}
