package org.zhili.plans.internal;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.platform.ChinaTime;

/**
 * The daily reminder sweep (db-scheduler, so it runs once per day on one node and survives restarts): overdue
 * milestones and missing monthly reports turn into notices for the lead units.
 */
@Configuration(proxyBeanMethods = false)
class PlanReminders {

	@Bean
	RecurringTask<Void> planReminderTask(PlanService plans,
			@Value("${zhili.plans.report-working-days:5}") int reportWorkingDays) {
		return Tasks.recurring("plans-reminders", new Daily(ChinaTime.ZONE, LocalTime.of(8, 30)))
			.execute((instance, context) -> plans.remind(reportWorkingDays));
	}
}
