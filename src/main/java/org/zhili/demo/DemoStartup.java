package org.zhili.demo;

import org.zhili.platform.StartupWork;

/**
 * When the demo's parts run on first start ({@link StartupWork} phases, lower first), all after every bean —
 * the accounts and the demo Open311 key come from identity's bootstrap, the geography from org's — and before
 * the web server takes requests: the cases first (phase 0), so that everything of phase 1 finds them — the
 * plans, the clocks' adoption of running deadlines and routing's index rebuild, which classifies the demo cases
 * and registers a few repeated calls about them — and phase 2 (the plans' clocks) finds the plans.
 */
final class DemoStartup {

	static final int CASES = 0;
	static final int PLANS = 1;
	/** After the kit's clock adoption (phase 2): the inspection libraries, then the year drawn on them, then a hazard campaign. */
	static final int INSPECTION_LIBRARIES = 3;
	static final int INSPECTION_YEAR = 4;
	static final int HAZARD_CAMPAIGN = 5;
	/** 信访: a year of petitions, some transferred from the demo's 12345 cases. */
	static final int PETITIONS = 6;

	private DemoStartup() {
	}
}
