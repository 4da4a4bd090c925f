package org.zhili.inspection.internal.hazards;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.PhotoAccess;

/** A visit's photos, served by the kit: campaigns are the district's work, read by everyone with INSPECTION_VIEW. */
@Component
class VisitPhotoAccess implements PhotoAccess {

	private final VisitPhotos photos;

	VisitPhotoAccess(VisitPhotos photos) {
		this.photos = photos;
	}

	@Override
	public String loop() {
		return VisitPhotos.VISIT_LOOP;
	}

	@Override
	public boolean maySee(Actor reader, long visitId) {
		return reader.has(Permission.INSPECTION_VIEW) && photos.visitExists(visitId);
	}
}
