package org.zhili.plans.internal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.platform.ChinaTime;
import org.zhili.process.UntimedItems;

/**
 * Plans published before the process kit were reminded by a daily sweep: their milestones not yet met and this
 * month's reports get their clocks.
 */
@Component
class UntimedTasks implements UntimedItems {

	private final PlanClocks planClocks;
	private final JdbcClient jdbc;
	private final Clock clock;

	/** A milestone not yet met. */
	private record Open(long id, long taskId, LocalDate due) {
	}

	UntimedTasks(PlanClocks planClocks, JdbcClient jdbc, Clock clock) {
		this.planClocks = planClocks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String loop() {
		return PlanClocks.LOOP;
	}

	@Override
	public int adopt() {
		YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
		List<Long> tasks = jdbc.sql("select id from plans.task order by id").query(Long.class).list();
		tasks.forEach(id -> planClocks.report(id, month));
		jdbc.sql("select id, task_id, due from plans.milestone where done_at is null")
			.query((rs, n) -> new Open(rs.getLong("id"), rs.getLong("task_id"), rs.getObject("due", LocalDate.class)))
			.list()
			.forEach(m -> planClocks.milestone(m.taskId(), m.id(), m.due(), clock.instant()));
		return tasks.size();
	}
}
