package org.zhili.process;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * 督办 in rising severity, one set for every loop: 提醒 → 催办 → 黄牌 → 红牌 → 约谈. A loop offers the levels its
 * rules use (a case's supervisor chooses among 催办, 黄牌 and 红牌; a timer reminds).
 */
public enum SupervisionLevel implements Labelled {

	REMINDER("提醒"), URGE("催办"), YELLOW("黄牌督办"), RED("红牌督办"), INTERVIEW("约谈");

	private final String label;

	SupervisionLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** A level by name; {@code NORMAL} (普通督办, the name before there was one set for every loop) is 催办. */
	@JsonCreator
	public static SupervisionLevel of(String name) {
		return "NORMAL".equals(name) ? URGE : valueOf(name == null ? "" : name);
	}
}
