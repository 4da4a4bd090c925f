package org.zhili.inspection.internal;

import java.util.ArrayList;
import java.util.List;

import org.zhili.support.Api;
import tools.jackson.databind.JsonNode;

/** What the inspection tests read of the demo's libraries. */
final class InspectionFixtures {

	private InspectionFixtures() {
	}

	/** The active matters of a department, as the matter list answers them. */
	static List<JsonNode> matters(Api api, String department) {
		Api.Response r = api.get("/api/v1/inspection/matters?department=" + department, "shichang");
		if (r.status() != 200) {
			throw new AssertionError(r.body());
		}
		List<JsonNode> matters = new ArrayList<>();
		r.json().forEach(m -> {
			if (department.equals(m.get("departmentCode").asString())) {
				matters.add(m);
			}
		});
		if (matters.isEmpty()) {
			throw new AssertionError("no matters of " + department + " in the demo");
		}
		return matters;
	}
}
