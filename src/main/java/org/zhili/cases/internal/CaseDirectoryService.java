package org.zhili.cases.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseView;
import org.zhili.identity.Actor;

/** {@link CaseDirectory} over the case repository and the in-memory category tree. */
@Service
class CaseDirectoryService implements CaseDirectory {

	private final CaseRepository cases;
	private final CaseAccess access;
	private final CaseViews views;
	private final Categories categories;

	CaseDirectoryService(CaseRepository cases, CaseAccess access, CaseViews views, Categories categories) {
		this.cases = cases;
		this.access = access;
		this.views = views;
		this.categories = categories;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseView> find(long caseId, Actor actor) {
		return cases.find(caseId).filter(c -> access.visible(actor.scope(), c)).map(c -> views.of(c, actor, false));
	}

	@Override
	public List<Category> categories() {
		return categories.all()
			.stream()
			.map(c -> new Category(c.code(), c.parentCode(), c.level(), c.name(), c.fullName(), c.active()))
			.toList();
	}

	@Override
	public Optional<CaseView.Unit> leadUnitFor(String categoryCode, String streetCode) {
		return Optional.ofNullable(categories.leadUnitFor(categoryCode, streetCode)).map(views::unit);
	}
}
