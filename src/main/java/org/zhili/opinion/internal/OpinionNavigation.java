package org.zhili.opinion.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.identity.PublicPaths;
import org.zhili.platform.NavigationItem;

/** The 舆情 menu (signals, topics, figures) and the public page of published replies. */
@Configuration(proxyBeanMethods = false)
class OpinionNavigation {

	static final String GROUP = "nav.group.opinion";

	@Bean
	static NavigationItem signalsItem() {
		return new NavigationItem(GROUP, "nav.opinion.signals", "/opinion/signals", "broadcast", Permission.OPINION_VIEW.name(), 500);
	}

	@Bean
	static NavigationItem signalTopicsItem() {
		return new NavigationItem(GROUP, "nav.opinion.topics", "/opinion/topics", "fire", Permission.OPINION_VIEW.name(), 501);
	}

	@Bean
	static NavigationItem signalFiguresItem() {
		return new NavigationItem(GROUP, "nav.opinion.figures", "/opinion/figures", "bar-chart", Permission.OPINION_VIEW.name(), 502);
	}

	@Bean
	static PublicPaths opinionPublicPaths() {
		return new PublicPaths(List.of("/public/opinion", "/api/v1/public/opinion/**"), List.of());
	}
}
