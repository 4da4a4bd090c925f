package org.zhili.process.internal;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhili.process.Clocks;

/**
 * The timers of the clocks (db-scheduler): persistent, scheduled in the transaction that set the due instant,
 * executed once on one node. A timer's id says everything it needs — clock, due instant, alarm — so a timer
 * set for a due instant that has since moved finds its clock changed and does nothing.
 */
@Configuration(proxyBeanMethods = false)
class ClockTimers {

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("process-clock");
	private static final Duration RETRY = Duration.ofMinutes(5);

	private final ObjectProvider<SchedulerClient> scheduler;

	ClockTimers(ObjectProvider<SchedulerClient> scheduler) {
		this.scheduler = scheduler;
	}

	/** A timer that went off early (its clock's moment still ahead) is set again for that moment, never lost. */
	@Bean
	CustomTask<Void> processClockTask(@Lazy ClockStore clocks) {
		return Tasks.custom(TASK).onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY)).execute((instance, context) -> {
			String[] parts = instance.getId().split("-");
			ClockStore.Firing firing = clocks.fire(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
					Clocks.Alarm.valueOf(parts[2]));
			return firing.early() == null ? new CompletionHandler.OnCompleteRemove<>()
					: (complete, operations) -> operations.reschedule(complete, firing.early());
		});
	}

	/** The alarms of a clock's due instant: a warning (if any, and before it) and the due alarm just after it. */
	void schedule(long clockId, Instant due, Instant warn) {
		long epoch = due.getEpochSecond();
		if (warn != null && warn.isBefore(due)) {
			schedule(clockId + "-" + epoch + "-" + Clocks.Alarm.WARN, warn);
		}
		schedule(clockId + "-" + epoch + "-" + Clocks.Alarm.DUE, due.plusSeconds(1));
	}

	private void schedule(String id, Instant at) {
		scheduler.getObject().scheduleIfNotExists(TASK.instance(id).scheduledTo(at));
	}
}
