package org.zhili.inspection.internal.draw;

import org.zhili.process.Labelled;

/** An inspector of a seated department who could not be drawn for a subject, and why. */
public record Withdrawal(long subjectId, long inspectorId, Reason reason) {

	/** When several apply, the first in this order is recorded. */
	public enum Reason implements Labelled {
		LICENCE("执法证过期"), CONFLICT("申报回避"), LAST_TIME("上次检查过该对象");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	public Withdrawal {
		if (reason == null) {
			throw new IllegalArgumentException("回避记录缺少原因");
		}
	}
}
