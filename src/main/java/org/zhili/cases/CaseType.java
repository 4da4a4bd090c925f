package org.zhili.cases;

/** What the requester wants (北京市接诉即办工作条例 art. 2, plus praise). */
public enum CaseType {

	CONSULTATION("咨询"), HELP("求助"), COMPLAINT("投诉"), REPORT("举报"), SUGGESTION("建议"), PRAISE("表扬");

	private final String label;

	CaseType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
