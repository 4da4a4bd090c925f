package org.zhili.exchange.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.PublicPaths;
import org.zhili.platform.NavigationItem;

/** The exchange's menu entry, and its schemas open to anyone building a receiver. */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

	@Bean
	NavigationItem exchangeItem() {
		return new NavigationItem(NavigationItem.ADMINISTRATION, "nav.exchange", "/admin/exchange", "send",
				"API_KEY_MANAGE", 915);
	}

	@Bean
	PublicPaths exchangeSchemaPaths() {
		return new PublicPaths(List.of("/api/v1/exchange/schemas"), List.of());
	}
}
