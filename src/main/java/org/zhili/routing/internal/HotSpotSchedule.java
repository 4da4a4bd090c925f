package org.zhili.routing.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhili.platform.ChinaTime;

/** The daily hot-spot run (db-scheduler: persistent, once per cluster), at {@code zhili.routing.hot-spots.run-at}. */
@Configuration(proxyBeanMethods = false)
class HotSpotSchedule {

	@Bean
	RecurringTask<Void> routingHotSpotTask(RoutingProperties properties, @Lazy HotSpots hotSpots) {
		return Tasks.recurring("routing-hot-spots", Schedules.daily(ChinaTime.ZONE, properties.hotSpots().runAt()))
			.execute((instance, context) -> hotSpots.detect());
	}
}
