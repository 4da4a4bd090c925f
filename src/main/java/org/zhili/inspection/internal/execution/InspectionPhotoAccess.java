package org.zhili.inspection.internal.execution;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.platform.ApiProblem;
import org.zhili.process.PhotoAccess;

/** An inspection's photos are seen by whoever may see the inspection. */
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
	public boolean maySee(Actor reader, long itemId) {
		if (!reader.has(Permission.INSPECTION_VIEW)) {
			return false;
		}
		try {
			views.get(itemId, reader);
			return true;
		}
		catch (ApiProblem notFound) {
			return false;
		}
	}
}
