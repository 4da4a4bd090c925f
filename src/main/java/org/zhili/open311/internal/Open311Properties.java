package org.zhili.open311.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhili.org.District;

/**
 * Open311 settings (zhili.open311.*).
 *
 * @param jurisdictionId the jurisdiction this endpoint serves; a request naming another is refused (empty: the
 *     district's code, zhili.district.code)
 * @param contact who to ask, shown in discovery (empty: the district's grid management centre and 12345)
 * @param keyService how to get an API key, shown in discovery (empty: from the district's security administrator)
 * @param changeset when the service list last changed (ISO 8601), shown in discovery
 * @param endpointType {@code production} or {@code test}
 * @param extensions whether the documented extensions are on: {@code page}/{@code page_size},
 *     {@code extensions=true} (extra fields and the request's public updates as notes)
 * @param maxResults most requests one {@code GET requests} answers (the specification's 1,000)
 * @param defaultDays the period {@code GET requests} covers without dates, and the longest it may ask (90)
 * @param maxPageSize largest {@code page_size} (extension)
 */
@ConfigurationProperties("zhili.open311")
record Open311Properties(@DefaultValue("") String jurisdictionId, @DefaultValue("") String contact,
		@DefaultValue("") String keyService,
		@DefaultValue("2026-11-01T00:00:00+08:00") String changeset, @DefaultValue("production") String endpointType,
		@DefaultValue("true") boolean extensions, @DefaultValue("1000") int maxResults,
		@DefaultValue("90") int defaultDays, @DefaultValue("200") int maxPageSize) {

	/** These settings with what was left empty taken from the district. */
	Open311Properties forDistrict(District district) {
		return new Open311Properties(orElse(jurisdictionId, district.code()),
				orElse(contact, district.name() + "网格化管理中心 " + district.areaCode() + "-12345"),
				orElse(keyService, "API 密钥由" + district.name() + "治理平台安全管理员签发（系统管理 › API 密钥）"), changeset,
				endpointType, extensions, maxResults, defaultDays, maxPageSize);
	}

	private static String orElse(String value, String derived) {
		return value == null || value.isBlank() ? derived : value;
	}
}
