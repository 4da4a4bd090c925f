package org.zhili.opendata.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.PublicPaths;

/** The catalogue is read by anyone: harvesters do not sign in (its page under {@code /public/**} is opened by the portal). */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

	@Bean
	PublicPaths openDataPaths() {
		return new PublicPaths(List.of("/api/3/action/**", "/catalog.jsonld"), List.of());
	}
}
