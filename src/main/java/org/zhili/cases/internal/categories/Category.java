package org.zhili.cases.internal.categories;

import java.util.List;

/**
 * A node of the category tree.
 *
 * @param code {@code C01}, {@code C0101}, {@code C010101}
 * @param names the names from the top level down, e.g. [城乡建设, 市政设施, 路灯]
 * @param leadRule how the lead unit is chosen; {@code INHERIT} takes the parent's
 * @param leadUnitCode the department, for {@code DEPARTMENT}
 */
public record Category(String code, String parentCode, int level, List<String> names, LeadRule leadRule, String leadUnitCode,
		boolean active, int version) {

	public enum LeadRule {
		/** As the category above. */
		INHERIT,
		/** The street the case is located in (属地). */
		TERRITORIAL,
		/** A named department. */
		DEPARTMENT
	}

	public String name() {
		return names.get(names.size() - 1);
	}

	/** 城乡建设 › 市政设施 › 路灯 */
	public String fullName() {
		return String.join(" › ", names);
	}
}
