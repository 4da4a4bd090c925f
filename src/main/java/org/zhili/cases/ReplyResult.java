package org.zhili.cases;

/** The outcome a unit reports in its reply (答复). */
public enum ReplyResult {

	SOLVED("已解决"), PARTLY_SOLVED("部分解决"), UNSOLVED("未解决"), UNFOUNDED("不属实"), UNSOLVABLE("无法解决");

	private final String label;

	ReplyResult(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
