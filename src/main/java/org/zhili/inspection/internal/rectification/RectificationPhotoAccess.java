package org.zhili.inspection.internal.rectification;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.inspection.Rectifications;
import org.zhili.process.PhotoAccess;

/** The photos of a rectification's report and 复查, served by the kit to whoever may see the rectification. */
@Component
class RectificationPhotoAccess implements PhotoAccess {

	private final RectificationRegister rectifications;

	RectificationPhotoAccess(RectificationRegister rectifications) {
		this.rectifications = rectifications;
	}

	@Override
	public String loop() {
		return Rectifications.LOOP;
	}

	@Override
	public boolean maySee(Actor reader, long itemId) {
		return reader.has(Permission.INSPECTION_VIEW) && rectifications.maySee(itemId, reader);
	}
}
