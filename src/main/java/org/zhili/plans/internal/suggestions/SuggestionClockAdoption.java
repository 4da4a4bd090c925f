package org.zhili.plans.internal.suggestions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.platform.StartupWork;
import org.zhili.process.Clocks;

/**
 * Suggestions assigned before the process kit had no reminders: at the first start the answers still awaited get
 * their clocks, once.
 */
@Component
class SuggestionClockAdoption extends StartupWork {

	private static final Logger log = LoggerFactory.getLogger(SuggestionClockAdoption.class);

	private final Clocks clocks;
	private final SuggestionClocks suggestionClocks;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	/** A suggestion waiting for its answer. */
	private record Waiting(long id, LocalDate due) {
	}

	SuggestionClockAdoption(Clocks clocks, SuggestionClocks suggestionClocks, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		super(2);
		this.clocks = clocks;
		this.suggestionClocks = suggestionClocks;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	protected void run() {
		transactions.executeWithoutResult(tx -> {
			lockAcrossNodes(jdbc, "plans.suggestion-clock-adoption");
			if (clocks.any(SuggestionClocks.LOOP)) {
				return;
			}
			List<Waiting> waiting = jdbc.sql("select id, due from plans.suggestion where state = 'ASSIGNED' and due is not null")
				.query((rs, n) -> new Waiting(rs.getLong("id"), rs.getObject("due", LocalDate.class))).list();
			waiting.forEach(s -> suggestionClocks.answerBy(s.id(), s.due(), clock.instant()));
			if (!waiting.isEmpty()) {
				log.info("Answer deadlines of {} suggestions handed to the process kit's clocks", waiting.size());
			}
		});
	}
}
