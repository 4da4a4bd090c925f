package org.zhili.inspection.internal.execution;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.PhotoAccess;
import org.zhili.platform.ApiProblem;

/**
 * An inspection's photos taken on site are seen by whoever may see the inspection (its departments, its seated
 * inspectors, the district-wide offices), at the kit's address: the inspection's page shows them from there.
 */
@Component
class InspectionPhotoAccess implements PhotoAccess {

	private final InspectionViews views;

	InspectionPhotoAccess(InspectionViews views) {
		this.views = views;
	}

	@Override
	public String loop() {
		return InspectionSteps.LOOP;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean maySee(Actor reader, long itemId) {
		if (!reader.has(Permission.INSPECTION_VIEW)) {
			return false;
		}
		try {
			views.get(itemId, reader);
			return true;
		}
		catch (ApiProblem notVisible) {
			return false;
		}
	}
}
