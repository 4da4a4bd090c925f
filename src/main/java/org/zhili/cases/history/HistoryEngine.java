package org.zhili.cases.history;

import org.springframework.stereotype.Component;
import org.zhili.cases.internal.handling.CaseClocks;
import org.zhili.cases.internal.handling.CaseSteps;
import org.zhili.cases.internal.record.CaseAccess;
import org.zhili.cases.internal.record.CaseFacts;
import org.zhili.cases.internal.record.Lights;
import tools.jackson.databind.json.JsonMapper;

/** What a {@link CaseHistory} plays its steps with: the real steps, access rules, facts, lights and clocks. */
@Component
class HistoryEngine {

	final CaseSteps steps;
	final CaseAccess access;
	final CaseFacts facts;
	final Lights lights;
	final CaseClocks timers;
	final JsonMapper json;

	HistoryEngine(CaseSteps steps, CaseAccess access, CaseFacts facts, Lights lights, CaseClocks timers,
			JsonMapper json) {
		this.steps = steps;
		this.access = access;
		this.facts = facts;
		this.lights = lights;
		this.timers = timers;
		this.json = json;
	}
}
