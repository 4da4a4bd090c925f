package org.zhili.identity;

/**
 * The part of the org tree an account may see: one unit and, when {@code includeChildren}, everything
 * below it. Units carry a materialised path (the codes from the district down: {@code /<district>/<street>/<community>/}), so a scope is
 * enforced in SQL as {@code path LIKE :pattern} — see {@link #pathPattern()}.
 *
 * @param unitCode the scope's unit, e.g. a street's 12-digit code
 * @param unitPath that unit's path, ending in {@code /}
 * @param includeChildren whether units below it are included
 */
public record DataScope(String unitCode, String unitPath, boolean includeChildren) implements java.io.Serializable {

	public DataScope {
		if (!unitPath.startsWith("/") || !unitPath.endsWith("/")) {
			throw new IllegalArgumentException("unit path must start and end with '/': " + unitPath);
		}
	}

	/** A LIKE pattern matching the paths of every unit in scope. */
	public String pathPattern() {
		return includeChildren ? unitPath + "%" : unitPath;
	}

	/** Whether a unit with this path is inside the scope. */
	public boolean covers(String path) {
		return includeChildren ? path.startsWith(unitPath) : path.equals(unitPath);
	}

	/** Whether this unit is the scope's unit or above it (e.g. the street above a community scope). */
	public boolean isAncestorOrSelf(String path) {
		return unitPath.startsWith(path);
	}
}
