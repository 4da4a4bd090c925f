package org.zhili.platform.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.platform.ChinaTime;
import org.zhili.platform.DataDirectory;
import org.zhili.platform.IdempotencyKey;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	DataDirectory dataDirectory(PlatformProperties properties) {
		DataDirectory dir = new DataDirectory(properties.dataDir());
		dir.directory(".");
		return dir;
	}

	/** Expired idempotency keys are deleted hourly, off the request path. */
	@Bean
	RecurringTask<Void> idempotencyCleanupTask(IdempotencyStore store) {
		return Tasks.recurring("idempotency-cleanup", FixedDelay.ofHours(1))
			.execute((instance, context) -> store.forgetExpired());
	}

	/** Runs after Spring Security (order -100), so a remembered answer belongs to the caller who got it. */
	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, JsonMapper json,
			List<IdempotencyKey.Endpoint> keepingTheirOwn) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(store, json, Set.copyOf(keepingTheirOwn)));
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
