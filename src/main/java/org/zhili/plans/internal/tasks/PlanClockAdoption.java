package org.zhili.plans.internal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.ChinaTime;
import org.zhili.platform.StartupWork;
import org.zhili.process.Clocks;

/**
 * Plans published before the process kit were reminded by a daily sweep: at the first start their milestones not
 * yet met and this month's reports get their clocks, once (after the demo plans, whose tasks get theirs as
 * published). The suggestions' answers are adopted by their own loop.
 */
@Component
class PlanClockAdoption extends StartupWork {

	private static final Logger log = LoggerFactory.getLogger(PlanClockAdoption.class);

	private final Clocks clocks;
	private final PlanClocks planClocks;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	/** A milestone not yet met. */
	private record Open(long id, long taskId, LocalDate due) {
	}

	PlanClockAdoption(Clocks clocks, PlanClocks planClocks, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		super(2);
		this.clocks = clocks;
		this.planClocks = planClocks;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	protected void run() {
		transactions.executeWithoutResult(tx -> {
			lockAcrossNodes(jdbc, "plans.clock-adoption");
			if (clocks.any(PlanClocks.LOOP)) {
				return;
			}
			YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
			List<Long> tasks = jdbc.sql("select id from plans.task order by id").query(Long.class).list();
			tasks.forEach(id -> planClocks.report(id, month));
			List<Open> milestones = jdbc.sql("select id, task_id, due from plans.milestone where done_at is null")
				.query((rs, n) -> new Open(rs.getLong("id"), rs.getLong("task_id"), rs.getObject("due", LocalDate.class)))
				.list();
			milestones.forEach(m -> planClocks.milestone(m.taskId(), m.id(), m.due(), clock.instant()));
			if (!tasks.isEmpty()) {
				log.info("Reminders of {} plan tasks and {} milestones handed to the process kit's clocks", tasks.size(),
						milestones.size());
			}
		});
	}
}
