package org.zhili.inspection.internal.draw;

import org.zhili.inspection.CreditClass;

/**
 * A subject that may be drawn.
 *
 * @param weight 100 is the base; above 100 raises the chance (residents' complaints about the subject)
 * @param weightReason why the weight differs from 100, published with the draw; may be {@code null}
 */
public record Candidate(long subjectId, String creditCode, CreditClass creditClass, int weight, String weightReason) {

	public Candidate {
		if (creditCode == null || creditCode.isBlank()) {
			throw new IllegalArgumentException("对象 " + subjectId + " 缺少统一社会信用代码");
		}
		if (creditClass == null) {
			throw new IllegalArgumentException("对象 " + creditCode + " 缺少信用风险分类");
		}
		if (weight < 1) {
			throw new IllegalArgumentException("对象 " + creditCode + " 的权重必须为正整数");
		}
	}
}
