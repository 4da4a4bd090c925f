package org.zhili.urban.internal.components;

import java.time.LocalDate;

import org.zhili.process.Labelled;

/**
 * One 管理部件 as the inventory records it (CJ/T 214, DU-13).
 *
 * @param id the 16-digit identifier: district code, 大类, 小类, 6-digit sequence
 * @param classCode the catalogue's 小类 (the identifier's digits 7–10)
 * @param managerCode the org unit that handles a case about it (主管部门), or {@code null} for the class's default
 * @param lng the representative point's longitude (WGS84)
 * @param lat the representative point's latitude (WGS84)
 * @param lineWkt the line in WKT when the component is a line, else {@code null}
 */
public record Component(String id, String classCode, String name, String ownerUnit, String managerCode,
		String maintainerUnit, String gridCode, String communityCode, String streetCode, State state,
		LocalDate initialDate, LocalDate changedDate, String dataSource, String note, double lng, double lat,
		String lineWkt) {

	/** OBJSTATE. */
	public enum State implements Labelled {
		INTACT("完好"), DAMAGED("破损"), LOST("丢失"), OCCUPIED("占用");

		private final String label;

		State(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}
}
