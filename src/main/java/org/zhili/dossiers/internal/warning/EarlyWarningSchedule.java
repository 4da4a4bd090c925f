package org.zhili.dossiers.internal.warning;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhili.dossiers.internal.DossierProperties;
import org.zhili.platform.ChinaTime;

/**
 * The daily sweep over the day's intake (db-scheduler: persistent, once per cluster), at
 * {@code zhili.dossiers.early-warning.sweep-at}: it catches what the per-registration check could not see, e.g. a
 * complaint whose building was set later or events handed over after a restart.
 */
@Configuration(proxyBeanMethods = false)
class EarlyWarningSchedule {

	@Bean
	RecurringTask<Void> dossiersEarlyWarningTask(DossierProperties properties, @Lazy EarlyWarnings warnings,
			Clock clock) {
		return Tasks.recurring("dossiers-early-warning",
				Schedules.daily(ChinaTime.ZONE, properties.earlyWarning().sweepAt()))
			.execute((instance, context) -> warnings.sweep(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE)));
	}
}
