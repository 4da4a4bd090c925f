package org.zhili.urban;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 管理部件 inventory as other modules (the demo) fill it: components described in the terms of CJ/T 214, each
 * checked like a row of an imported file — its class in the catalogue, its place in the district (the grid found from
 * its point), its 主管部门 a known unit — and given its 16-digit identifier.
 */
public interface UrbanInventory {

	/**
	 * A component to add.
	 *
	 * @param classCode the 4-digit 小类 (大类 + 小类), a COMPONENT class of the catalogue
	 * @param ownerUnit the 权属单位 as its records name it
	 * @param managerCode the 主管部门's org unit code, or {@code null} for the class's handling unit
	 * @param maintainerUnit the 养护单位
	 * @param state 完好, 破损, 丢失 or 占用 (or INTACT, DAMAGED, LOST, OCCUPIED)
	 * @param changedDate when the record last changed (e.g. the day it was found damaged), or {@code null} for the
	 *        initial date
	 * @param dataSource 实测, 地形图 or 其它
	 * @param line a line's vertices as {lng, lat} pairs (WGS84), or {@code null} for a point at {@code lng}/{@code lat}
	 * @param attributes the class's type-specific attributes by field (e.g. {@code STATION} for a 公交站亭's 站名)
	 */
	record NewComponent(String classCode, String name, String ownerUnit, String managerCode, String maintainerUnit,
			String state, LocalDate initialDate, LocalDate changedDate, String dataSource, double lng, double lat, List<double[]> line,
			Map<String, Object> attributes) {
	}

	/** How many components the inventory holds. */
	long count();

	/**
	 * Adds the components in one go (bulk, for thousands), numbering each within its class after the highest
	 * identifier in use.
	 *
	 * @return how many were added
	 * @throws IllegalArgumentException naming the first component refused and why
	 */
	int add(List<NewComponent> components);
}
