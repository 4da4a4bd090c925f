package org.zhili.urban.internal.components;

import java.util.Optional;

import org.zhili.process.Labelled;

/** DATASOURCE (CJ/T 214): how a component's position was taken. */
public enum DataSource implements Labelled {
	SURVEY("实测"), TOPOGRAPHIC("地形图"), OTHER("其它");

	private final String label;

	DataSource(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** As files write it: the Chinese label (其他 taken for 其它) or the name; empty when neither. */
	public static Optional<DataSource> parse(String text) {
		String t = text == null ? "" : text.strip();
		if (t.equals("其他")) {
			return Optional.of(OTHER);
		}
		for (DataSource d : values()) {
			if (d.label.equals(t) || d.name().equalsIgnoreCase(t)) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}

	/** The label of a stored name, or the text itself when it is none. */
	public static String labelOf(String name) {
		if (name == null) {
			return null;
		}
		for (DataSource d : values()) {
			if (d.name().equals(name)) {
				return d.label;
			}
		}
		return name;
	}
}
