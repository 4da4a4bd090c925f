package org.zhili.urban.internal.components;

import java.time.LocalDate;
import java.util.Map;

import org.zhili.process.Labelled;

/**
 * One 管理部件 as the inventory records it (CJ/T 214, DU-13).
 *
 * @param id the 16-digit identifier: district code, 大类, 小类, 6-digit sequence
 * @param classCode the catalogue's 小类 (the identifier's digits 7–10)
 * @param managerCode the org unit that handles a case about it (主管部门), or {@code null} for the class's default
 * @param lng the representative point's longitude (WGS84)
 * @param lat the representative point's latitude (WGS84)
 * @param dataSource where the record comes from ({@link DataSource}'s name: SURVEY, TOPOGRAPHIC, OTHER)
 * @param lineWkt the line in WKT when the component is a line, else {@code null}
 * @param attributes the class's type-specific attributes by field (e.g. {@code STATION} → 站名 for a 公交站亭)
 */
public record Component(String id, String classCode, String name, String ownerUnit, String managerCode,
		String maintainerUnit, String gridCode, String communityCode, String streetCode, State state,
		LocalDate initialDate, LocalDate changedDate, String dataSource, String note, double lng, double lat,
		String lineWkt, Map<String, Object> attributes) {

	public Component {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	/** A component without type-specific attributes. */
	public Component(String id, String classCode, String name, String ownerUnit, String managerCode,
			String maintainerUnit, String gridCode, String communityCode, String streetCode, State state,
			LocalDate initialDate, LocalDate changedDate, String dataSource, String note, double lng, double lat,
			String lineWkt) {
		this(id, classCode, name, ownerUnit, managerCode, maintainerUnit, gridCode, communityCode, streetCode, state,
				initialDate, changedDate, dataSource, note, lng, lat, lineWkt, Map.of());
	}

	/** The 大类 (the class code's first two digits). */
	public String majorCode() {
		return classCode.substring(0, 2);
	}

	/** Whether it is a line (a railing, a blind path) rather than a point. */
	public boolean isLine() {
		return lineWkt != null;
	}

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

		/** A state as files write it: the Chinese label or the name; empty when neither. */
		public static java.util.Optional<State> parse(String text) {
			String t = text == null ? "" : text.strip();
			for (State s : values()) {
				if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) {
					return java.util.Optional.of(s);
				}
			}
			return java.util.Optional.empty();
		}
	}
}
