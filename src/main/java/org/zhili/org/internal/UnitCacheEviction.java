package org.zhili.org.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhili.org.DepartmentChanged;
import org.zhili.org.GeographyChanged;

/** Drops the cached units that scopes are resolved from once a change of units has committed. */
@Component
class UnitCacheEviction {

	private final UnitDirectory directory;

	UnitCacheEviction(UnitDirectory directory) {
		this.directory = directory;
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
}
