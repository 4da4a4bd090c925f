package org.zhili.cases;

/** How urgent a case is; with its category it sets the time limits (domain rules HL-11, HL-15). */
public enum Urgency {

	EMERGENCY("危及生命财产安全"), UTILITIES("水电气热"), ORDINARY("一般"), COMPLEX("疑难复杂");

	private final String label;

	Urgency(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
