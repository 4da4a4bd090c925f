package org.zhili.dossiers;

import org.zhili.process.Labelled;

/** What an early warning watches for, before a matter becomes a petition or a group visit. */
public enum EarlyWarningRule implements Labelled {

	/** The same building with several unresolved 12345 complaints within a window. */
	SAME_BUILDING("同一楼栋多次投诉未解决"),
	/** A dispute whose mediation ended without agreement. */
	MEDIATION_FAILED("矛盾纠纷调解未成功"),
	/** Many callers on one topic in one community within a few days. */
	GROUP_CALLERS("同一社区同类诉求群体来电");

	private final String label;

	EarlyWarningRule(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
