package org.zhili.portal.internal;

import org.zhili.cases.CaseType;

/**
 * The public request form, for residents and (with the enterprise fields) enterprises.
 *
 * @param formToken one per form load: posting the same form twice registers one request
 * @param categoryCode the category, or empty for 不确定 (the dispatcher classifies)
 * @param lng a point picked on the map (WGS84), or {@code null} when only the address is given
 * @param challenge the answer to the human check, when one was asked
 * @param creditCode the enterprise's 统一社会信用代码, on the enterprise form
 */
public record RequestForm(String formToken, CaseType type, String categoryCode, String description, String address,
		Double lng, Double lat, String name, String phone, Boolean anonymous, String challenge, String creditCode,
		String enterpriseName, String contactName) {

	static RequestForm empty(String token) {
		return new RequestForm(token, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public boolean isAnonymous() {
		return Boolean.TRUE.equals(anonymous);
	}
}
