package org.zhili.inspection.internal.hazards;

import org.zhili.platform.ApiProblem;

/** The texts people type into a campaign or a visit: stripped, and within their length. */
final class CampaignInputs {

	private CampaignInputs() {
	}

	static String required(String value, String field, int max, String name) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw ApiProblem.badInput(field, "invalid_" + field, name + "不能为空，且不超过" + max + "字");
		}
		return value.strip();
	}

	/** An optional text: {@code null} when left blank. */
	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
