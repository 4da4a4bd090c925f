package org.zhili.inspection;

import org.zhili.process.Labelled;

/** A subject's credit-risk class (信用风险分类), set monthly by the regulator and moved by findings: A lowest risk. */
public enum CreditClass implements Labelled {
	A("A类（低风险）"), B("B类（一般风险）"), C("C类（较高风险）"), D("D类（高风险）");

	private final String label;

	CreditClass(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
