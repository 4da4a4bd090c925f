package org.zhili.cases;

import org.zhili.process.ClockLight;

/**
 * The traffic light of a running deadline: green under 80 % of the time used, yellow to 100 %, red past it; in the
 * words of the process kit's {@link ClockLight}, which every loop's timeline shares.
 */
public enum Light {

	NONE("—"), GREEN(ClockLight.GREEN.label()), YELLOW(ClockLight.YELLOW.label()), RED(ClockLight.RED.label());

	private final String label;

	Light(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
