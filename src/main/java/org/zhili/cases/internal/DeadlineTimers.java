package org.zhili.cases.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
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
		alarms(caseId, round, stage, unitCode, deadline).forEach(this::schedule);
	}

	/** The yellow and red alarms of a deadline, each with when it goes off. */
	Map<Alarm, Instant> alarms(long caseId, int round, Stage stage, String unitCode, Deadline deadline) {
		long due = deadline.due().getEpochSecond();
		Map<Alarm, Instant> alarms = new LinkedHashMap<>();
		alarms.put(new Alarm(caseId, round, stage, unitCode, due, false), lights.turnsYellow(deadline));
		alarms.put(new Alarm(caseId, round, stage, unitCode, due, true), deadline.due().plusSeconds(1));
		return alarms;
	}

	/** Schedules many alarms in batches (a bulk load); none of them may exist yet. */
	void scheduleAll(Map<Alarm, Instant> alarms) {
		List<SchedulableInstance<?>> instances = new ArrayList<>(alarms.size());
		alarms.forEach((alarm, at) -> instances.add(TASK.instance(id(alarm)).data(alarm).scheduledTo(at)));
		scheduler.getObject().scheduleBatch(instances);
	}

	private void schedule(Alarm alarm, Instant at) {
		scheduler.getObject().scheduleIfNotExists(TASK.instance(id(alarm)).data(alarm).scheduledTo(at));
	}

	private static String id(Alarm alarm) {
		return alarm.caseId() + "-" + alarm.round() + "-" + alarm.stage() + "-" + alarm.unitCode() + "-" + alarm.due()
				+ (alarm.red() ? "-red" : "-yellow");
	}
}
