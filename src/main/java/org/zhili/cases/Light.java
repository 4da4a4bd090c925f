package org.zhili.cases;

/** The traffic light of a running deadline: green under 80 % of the time used, yellow to 100 %, red past it. */
public enum Light {

	NONE("—"), GREEN("正常"), YELLOW("临期"), RED("超期");

	private final String label;

	Light(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
