package org.zhili.platform.internal;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.platform.ChinaTime;
import org.zhili.platform.DataDirectory;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	DataDirectory dataDirectory(PlatformProperties properties) {
		DataDirectory dir = new DataDirectory(properties.dataDir());
		dir.directory(".");
		return dir;
	}

	/** Runs after Spring Security (order -100), so a remembered answer belongs to the caller who got it. */
	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, JsonMapper json) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(store, json));
		registration.setOrder(0);
		return registration;
	}

	/** Every "now" in zhili comes from here, in the district's time zone. */
	@Bean
	Clock clock() {
		return Clock.system(ChinaTime.ZONE);
	}

	/** Timers fire by the same clock as everything else, so a test that moves time moves them too. */
	@Bean
	com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
		return clock::instant;
	}
}
