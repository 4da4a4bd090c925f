package org.zhili.open311.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open311 settings (zhili.open311.*).
 *
 * @param jurisdictionId the jurisdiction this endpoint serves; a request naming another is refused
 * @param contact who to ask, shown in discovery
 * @param keyService how to get an API key, shown in discovery
 * @param changeset when the service list last changed (ISO 8601), shown in discovery
 * @param endpointType {@code production} or {@code test}
 * @param extensions whether the documented extensions are on: {@code page}/{@code page_size},
 *     {@code extensions=true} (extra fields and the request's public updates as notes)
 * @param maxResults most requests one {@code GET requests} answers (the specification's 1,000)
 * @param defaultDays the period {@code GET requests} covers without dates, and the longest it may ask (90)
 * @param maxPageSize largest {@code page_size} (extension)
 */
@ConfigurationProperties("zhili.open311")
record Open311Properties(@DefaultValue("120104") String jurisdictionId,
		@DefaultValue("南开区网格化管理中心 022-12345") String contact,
		@DefaultValue("API 密钥由南开区治理平台安全管理员签发（系统管理 › API 密钥）") String keyService,
		@DefaultValue("2026-11-01T00:00:00+08:00") String changeset, @DefaultValue("production") String endpointType,
		@DefaultValue("true") boolean extensions, @DefaultValue("1000") int maxResults,
		@DefaultValue("90") int defaultDays, @DefaultValue("200") int maxPageSize) {
}
