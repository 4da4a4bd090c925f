package org.zhili.urban.internal.catalogue;

import org.zhili.calendar.TimeLimit;

/**
 * One 小类 of the catalogue (GB/T 30428.2): its four-digit code (大类 + 小类), names, the conditions a case of it is
 * registered (立案) and closed (结案) against, the unit that normally handles it, and its 处置时限 by urgency.
 *
 * @param handlerSuffix the handling unit's code after the district's code (e.g. {@code CGW}), so the seed fits any
 * district numbered like the demo's
 */
public record CatalogueClass(ClassKind kind, String code, String majorName, String name, String registerCondition,
		String closeCondition, String handlerSuffix, TimeLimit limitNormal, TimeLimit limitUrgent, boolean local,
		boolean active) {

	/** The 大类's two digits. */
	public String majorCode() {
		return code.substring(0, 2);
	}

	/** The 处置时限 for a case of this class. */
	public TimeLimit limit(boolean urgent) {
		return urgent ? limitUrgent : limitNormal;
	}

	/** What people read: 「公用设施 · 上水井盖」. */
	public String label() {
		return majorName + " · " + name;
	}
}
