package org.zhili.plans.internal.targets;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bound targets are measured again every {@code zhili.plans.live-targets.every} (half an hour by default), on one node. */
@Configuration(proxyBeanMethods = false)
class LiveTargetsSchedule {

	@Bean
	RecurringTask<Void> liveTargetsTask(LiveTargets targets,
			@Value("${zhili.plans.live-targets.every:PT30M}") Duration every) {
		return Tasks.recurring("plan-live-targets", FixedDelay.of(every))
			.execute((instance, context) -> targets.refreshAll());
	}
}
