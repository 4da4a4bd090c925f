package org.zhili.plans.internal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.ChinaTime;
import org.zhili.platform.StartupWork;
import org.zhili.process.Clocks;
import org.zhili.plans.internal.suggestions.SuggestionClocks;

/**
 * Plans published before the process kit were reminded by a daily sweep, and suggestions not at all: at the first
 * start their milestones not yet met, this month's reports and the answers still awaited get their clocks, once
 * (after the demo plans, whose tasks get theirs as published).
 */
@Component
class PlanClockAdoption extends StartupWork {

	private static final Logger log = LoggerFactory.getLogger(PlanClockAdoption.class);

	private final Clocks clocks;
	private final PlanClocks planClocks;
	private final SuggestionClocks suggestionClocks;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PlanClockAdoption(Clocks clocks, PlanClocks planClocks, SuggestionClocks suggestionClocks, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		super(2);
		this.clocks = clocks;
		this.planClocks = planClocks;
		this.suggestionClocks = suggestionClocks;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	protected void run() {
		transactions.executeWithoutResult(tx -> {
			lockAcrossNodes(jdbc, "plans.clock-adoption");
			adoptSuggestions();
			if (clocks.any(PlanClocks.LOOP)) {
				return;
			}
			YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
			List<Long> tasks = jdbc.sql("select id from plans.task order by id").query(Long.class).list();
			tasks.forEach(id -> planClocks.report(id, month));
			List<Map<String, Object>> milestones = jdbc.sql("select id, task_id, due from plans.milestone where done_at is null")
				.query().listOfRows();
			milestones.forEach(m -> planClocks.milestone(((Number) m.get("task_id")).longValue(),
					((Number) m.get("id")).longValue(), ((java.sql.Date) m.get("due")).toLocalDate(), clock.instant()));
			if (!tasks.isEmpty()) {
				log.info("Reminders of {} plan tasks and {} milestones handed to the process kit's clocks", tasks.size(),
						milestones.size());
			}
		});
	}

	private void adoptSuggestions() {
		if (clocks.any(SuggestionClocks.LOOP)) {
			return;
		}
		List<Map<String, Object>> waiting = jdbc.sql("select id, due from plans.suggestion where state = 'ASSIGNED' and due is not null")
			.query().listOfRows();
		waiting.forEach(s -> suggestionClocks.answerBy(((Number) s.get("id")).longValue(),
				((java.sql.Date) s.get("due")).toLocalDate(), clock.instant()));
		if (!waiting.isEmpty()) {
			log.info("Answer deadlines of {} suggestions handed to the process kit's clocks", waiting.size());
		}
	}
}
