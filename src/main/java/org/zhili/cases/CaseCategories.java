package org.zhili.cases;

import java.util.List;
import java.util.Optional;

/** The category tree as other modules see it: the public pages' picker, Open311's service list. */
public interface CaseCategories {

	/**
	 * A category.
	 *
	 * @param code {@code C01}, {@code C0101}, {@code C010101}
	 * @param parentCode the category above, or {@code null} at the top
	 * @param level 1 to 3
	 * @param name its own name, e.g. 路灯
	 * @param fullName the names from the top down, e.g. 城乡建设 › 市政设施 › 路灯
	 */
	record Category(String code, String parentCode, int level, String name, String fullName) {
	}

	/** The active categories in tree order. */
	List<Category> active();

	Optional<Category> find(String code);
}
