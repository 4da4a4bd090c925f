package org.zhili.org;

import org.zhili.identity.DataScope;

/**
 * A unit of the org tree as other modules see it.
 *
 * @param code official code (street, community, grid) or zhili's department code
 * @param name full name, e.g. the district's name followed by 城市管理委员会
 * @param shortName short name, e.g. 区城市管理委员会
 * @param level where it sits in the tree
 * @param category for departments: LINE_DEPARTMENT, COMMAND_CENTRE or SUPERVISION_OFFICE; otherwise {@code null}
 * @param parentCode the unit above, {@code null} for the district
 * @param path the chain of codes from the district down, e.g. {@code /<district>/<street>/} for a street
 * @param active whether it exists today
 */
public record OrgUnit(String code, String name, String shortName, UnitLevel level, String category, String parentCode,
		String path, boolean active) {

	/** The data scope of this unit and everything below it (e.g. the whole district for the district). */
	public DataScope scope() {
		return new DataScope(code, path, true);
	}
}
