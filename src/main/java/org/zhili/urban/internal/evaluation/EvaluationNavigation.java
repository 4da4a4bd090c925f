package org.zhili.urban.internal.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;
import org.zhili.urban.internal.UrbanNavigation;

/** 综合评价 in the 数字城管 menu (the evaluation's orders are 830–839). */
@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

	@Bean
	static NavigationItem urbanEvaluationItem() {
		return new NavigationItem(UrbanNavigation.GROUP, "nav.urban.evaluation", "/urban/evaluation", "award",
				Permission.URBAN_VIEW.name(), 830);
	}
}
