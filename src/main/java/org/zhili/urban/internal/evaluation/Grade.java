package org.zhili.urban.internal.evaluation;

import org.zhili.process.Labelled;

/** The grade of a composite value (综合指标值), GB/T 30428.4: A ≥ 90, B 75–<90, C 60–<75, D 40–<60, E < 40 by default. */
public enum Grade implements Labelled {

	A("优秀"), B("良好"), C("合格"), D("较差"), E("差");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
