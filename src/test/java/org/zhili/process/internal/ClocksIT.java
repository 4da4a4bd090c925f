package org.zhili.process.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.calendar.WorkingCalendar;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Clocks;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's clocks on the real calendar: limits, date limits, extensions, pauses and adoption. */
@ZhiliIntegrationTest
class ClocksIT {

	private static final AtomicLong ITEMS = new AtomicLong(System.nanoTime());

	@Autowired
	Clocks clocks;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SchedulerClient scheduler;

	@Autowired
	JdbcClient jdbc;

	/** Friday 26 September 2025, 10:00: National Day's holiday (1–8 October) and its worked Sunday are ahead. */
	private static final Instant FRIDAY = LocalDateTime.of(2025, 9, 26, 10, 0).atZone(ChinaTime.ZONE).toInstant();

	@Test
	void aWorkingDayLimitRunsOnTheOfficialCalendarAndMovesWithExtensionsAndPauses() {
		Clocks.Key key = key();
		Deadline started = in(() -> clocks.start(key, FRIDAY, TimeLimit.workingDays(5)));
		assertThat(started.due()).isEqualTo(calendar.deadline(FRIDAY, TimeLimit.workingDays(5)).due());
		// over the holiday: Sunday 28 September is worked, 1–8 October are not
		assertThat(LocalDate.ofInstant(started.due(), ChinaTime.ZONE)).isEqualTo(LocalDate.of(2025, 10, 10));

		Deadline extended = in(() -> clocks.extend(key, TimeLimit.workingDays(2)));
		assertThat(extended.due()).isEqualTo(calendar.deadline(started.due(), TimeLimit.workingDays(2)).due());

		Instant pausedAt = FRIDAY.plus(Duration.ofHours(1));
		Instant resumedAt = pausedAt.plus(Duration.ofDays(3));
		in(() -> {
			clocks.pause(key, pausedAt);
			return null;
		});
		assertThat(clocks.find(key).orElseThrow().pausedAt()).isEqualTo(pausedAt);
		Deadline resumed = in(() -> clocks.resume(key, resumedAt));
		assertThat(resumed.due())
			.isEqualTo(calendar.addWorkingTime(extended.due(), calendar.workingTimeBetween(pausedAt, resumedAt)));
		assertThat(clocks.find(key).orElseThrow().pausedAt()).isNull();
	}

	@Test
	void aDateLimitOnADayOffRunsToTheEndOfTheNextWorkingDay() {
		Clocks.Key key = key();
		Deadline due = in(() -> clocks.startUntil(key, FRIDAY, LocalDate.of(2025, 10, 1)));
		assertThat(LocalDate.ofInstant(due.due(), ChinaTime.ZONE)).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(due.due().atZone(ChinaTime.ZONE).getHour()).isEqualTo(23);
	}

	@Test
	void anAdoptedDeadlineKeepsWhatWasAddedBeyondItsLimit() {
		Clocks.Key key = key();
		Deadline base = calendar.deadline(FRIDAY, TimeLimit.workingDays(3));
		Deadline computedElsewhere = new Deadline(FRIDAY, TimeLimit.workingDays(3),
				calendar.addWorkingTime(base.due(), Duration.ofHours(7)));
		in(() -> {
			clocks.adopt(java.util.List.of(new Clocks.Running(key, computedElsewhere, null)));
			return null;
		});
		assertThat(clocks.find(key).orElseThrow().deadline().due()).isEqualTo(computedElsewhere.due());
		assertThat(clocks.any("test-clock")).isTrue();
	}

	@Test
	void aTimerThatGoesOffBeforeItsMomentIsSetAgainForIt() {
		Clocks.Key key = key();
		Instant now = Instant.now();
		Deadline due = in(() -> clocks.start(key, now, TimeLimit.workingDays(5)));
		long id = jdbc.sql("select id from process.clock where loop = ? and item_id = ?").params(key.loop(), key.itemId())
			.query(Long.class).single();
		String timer = id + "-" + due.due().getEpochSecond() + "-DUE";
		// the scheduler's "now" ahead of the clock's (a test's moved time, another node's clock): it runs the timer early
		scheduler.reschedule(TaskInstanceId.of(ClockTimers.TASK.getTaskName(), timer), now);
		Awaitility.await("the early timer set again").atMost(Duration.ofSeconds(30)).untilAsserted(
				() -> assertThat(jdbc.sql("select execution_time from scheduled_tasks where task_name = 'process-clock' "
						+ "and task_instance = ? and picked = false").param(timer).query(java.sql.Timestamp.class).optional())
					.hasValueSatisfying(at -> assertThat(at.toInstant()).isEqualTo(due.due().plusSeconds(1))));
		assertThat(jdbc.sql("select fired_for from process.clock where id = ?").param(id).query(java.sql.Timestamp.class)
			.optional()).isEmpty();
	}

	private static Clocks.Key key() {
		return Clocks.Key.of("test-clock", ITEMS.incrementAndGet(), "handle");
	}

	private <T> T in(java.util.function.Supplier<T> work) {
		return transactions.execute(tx -> work.get());
	}
}
