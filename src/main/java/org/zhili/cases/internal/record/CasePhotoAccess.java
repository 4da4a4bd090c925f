package org.zhili.cases.internal.record;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.Permission;
import org.zhili.process.PhotoAccess;

/** A case's photos are seen by whoever may see the case, at the kit's address as at the case's own. */
@Component
class CasePhotoAccess implements PhotoAccess {

	private final CaseRepository cases;
	private final CaseAccess access;

	CasePhotoAccess(CaseRepository cases, CaseAccess access) {
		this.cases = cases;
		this.access = access;
	}

	@Override
	public String loop() {
		return Attachments.LOOP;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean maySee(Actor reader, long itemId) {
		return reader.has(Permission.CASE_VIEW) && cases.find(itemId).filter(c -> access.visible(reader.scope(), c)).isPresent();
	}
}
