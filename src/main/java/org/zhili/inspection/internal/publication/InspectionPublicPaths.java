package org.zhili.inspection.internal.publication;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.PublicPaths;

/**
 * 一公开: the published results, the draws with their commitments and records, the credit lists, and the script and
 * style of their pages are read by anyone without signing in (the pages under {@code /public/**} are opened by the
 * portal). Nothing here is posted.
 */
@Configuration(proxyBeanMethods = false)
class InspectionPublicPaths {

	@Bean
	PublicPaths publicInspectionPaths() {
		return new PublicPaths(List.of("/api/v1/public/inspection/**", "/inspection/public.js",
				"/inspection/inspection.css"), List.of());
	}
}
