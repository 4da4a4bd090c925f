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

	/** The lookups of one version of the tree (built again only when the tree changed). */
	private record Lookups(List<CaseDirectory.Category> all, Map<String, CaseDirectory.Category> byCode,
			Map<String, CaseDirectory.Category> topByName, List<CaseDirectory.Category> topLevel) {

		static Lookups of(List<CaseDirectory.Category> all) {
			Map<String, CaseDirectory.Category> byCode = new HashMap<>();
			Map<String, CaseDirectory.Category> topByName = new HashMap<>();
			for (CaseDirectory.Category c : all) {
				byCode.put(c.code(), c);
				if (c.level() == 1) {
					topByName.putIfAbsent(c.name(), c);
				}
			}
			return new Lookups(all, byCode, topByName, all.stream().filter(c -> c.level() == 1).toList());
		}
	}

	private final CaseDirectory directory;
	private volatile Lookups lookups;

	CategoryTree(CaseDirectory directory) {
		this.directory = directory;
	}

	/** The lookups of the tree as it is now (an administrator may change it at any time). */
	private Lookups lookups() {
		List<CaseDirectory.Category> now = directory.categories();
		Lookups l = lookups;
		if (l == null || !l.all().equals(now)) {
			l = Lookups.of(now);
			lookups = l;
		}
		return l;
	}

	/** The first-level category of this name, or empty. */
	Optional<CaseDirectory.Category> byName(String name) {
		return Optional.ofNullable(lookups().topByName().get(name));
	}

	Optional<CaseDirectory.Category> byCode(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(lookups().byCode().get(code));
	}

	/** The first-level category above (or at) a category. */
	Optional<CaseDirectory.Category> topOf(String code) {
		Map<String, CaseDirectory.Category> byCode = lookups().byCode();
		CaseDirectory.Category c = code == null ? null : byCode.get(code);
		while (c != null && c.parentCode() != null) {
			c = byCode.get(c.parentCode());
		}
		return Optional.ofNullable(c);
	}

	List<CaseDirectory.Category> topLevel() {
		return lookups().topLevel();
	}

	Optional<CaseView.Unit> leadUnit(String categoryCode, String streetCode) {
		return directory.leadUnitFor(categoryCode, streetCode);
	}
}
