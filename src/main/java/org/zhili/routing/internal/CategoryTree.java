package org.zhili.routing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseView;

/**
 * The cases module's category tree as routing needs it: the model's labels are first-level category names,
 * which are looked up by name; any category code leads up to its first-level ancestor.
 */
@Component
class CategoryTree {

	private final CaseDirectory directory;

	CategoryTree(CaseDirectory directory) {
		this.directory = directory;
	}

	/** The first-level category of this name, or empty. */
	Optional<CaseDirectory.Category> byName(String name) {
		return directory.categories().stream().filter(c -> c.level() == 1 && c.name().equals(name)).findFirst();
	}

	Optional<CaseDirectory.Category> byCode(String code) {
		return code == null ? Optional.empty()
				: directory.categories().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The first-level category above (or at) a category. */
	Optional<CaseDirectory.Category> topOf(String code) {
		Map<String, CaseDirectory.Category> byCode = new HashMap<>();
		directory.categories().forEach(c -> byCode.put(c.code(), c));
		CaseDirectory.Category c = code == null ? null : byCode.get(code);
		while (c != null && c.parentCode() != null) {
			c = byCode.get(c.parentCode());
		}
		return Optional.ofNullable(c);
	}

	List<CaseDirectory.Category> topLevel() {
		return directory.categories().stream().filter(c -> c.level() == 1).toList();
	}

	Optional<CaseView.Unit> leadUnit(String categoryCode, String streetCode) {
		return directory.leadUnitFor(categoryCode, streetCode);
	}
}
