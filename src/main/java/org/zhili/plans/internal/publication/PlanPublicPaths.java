package org.zhili.plans.internal.publication;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.PublicPaths;

/** The public plans' API is read by anyone without signing in (their pages under {@code /public/**} are opened by the portal). */
@Configuration(proxyBeanMethods = false)
class PlanPublicPaths {

	@Bean
	PublicPaths publicPlanPaths() {
		return new PublicPaths(List.of("/api/v1/public/plans", "/api/v1/public/plans/**"), List.of());
	}
}
