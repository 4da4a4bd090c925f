package org.zhili.cases.internal;

import java.io.Serializable;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhili.calendar.Deadline;

/**
 * Persistent timers for every running deadline (db-scheduler): one at yellow, one at red. They are
 * scheduled in the same transaction as the step that set the deadline, survive restarts, and fire on one
 * node of a cluster. A timer whose deadline has since changed or been met does nothing.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineTimers {

	/** What a timer remembers: which deadline of which case, and which of its two moments. */
	record Alarm(long caseId, int round, Stage stage, String unitCode, long due, boolean red) implements Serializable {
	}

	static final TaskDescriptor<Alarm> TASK = TaskDescriptor.of("case-deadline", Alarm.class);

	private final ObjectProvider<SchedulerClient> scheduler;
	private final Lights lights;

	DeadlineTimers(ObjectProvider<SchedulerClient> scheduler, Lights lights) {
		this.scheduler = scheduler;
		this.lights = lights;
	}

	@Bean
	OneTimeTask<Alarm> caseDeadlineTask(@Lazy ActionService actions) {
		return Tasks.oneTime(TASK).onFailureRetryLater().execute((instance, context) -> actions.alarm(instance.getData()));
	}

	void schedule(long caseId, int round, Stage stage, String unitCode, Deadline deadline) {
		long due = deadline.due().getEpochSecond();
		schedule(new Alarm(caseId, round, stage, unitCode, due, false), lights.turnsYellow(deadline));
		schedule(new Alarm(caseId, round, stage, unitCode, due, true), deadline.due().plusSeconds(1));
	}

	private void schedule(Alarm alarm, Instant at) {
		String id = alarm.caseId() + "-" + alarm.round() + "-" + alarm.stage() + "-" + alarm.unitCode() + "-" + alarm.due()
				+ (alarm.red() ? "-red" : "-yellow");
		scheduler.getObject().scheduleIfNotExists(TASK.instance(id).data(alarm).scheduledTo(at));
	}
}
