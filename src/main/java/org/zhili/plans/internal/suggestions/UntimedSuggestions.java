package org.zhili.plans.internal.suggestions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.process.UntimedItems;

/** Suggestions assigned before they had reminders: each waiting for its answer gets its answer clock. */
@Component
class UntimedSuggestions implements UntimedItems {

	private final SuggestionClocks suggestionClocks;
	private final JdbcClient jdbc;
	private final Clock clock;

	/** A suggestion waiting for its answer. */
	private record Waiting(long id, LocalDate due) {
	}

	UntimedSuggestions(SuggestionClocks suggestionClocks, JdbcClient jdbc, Clock clock) {
		this.suggestionClocks = suggestionClocks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String loop() {
		return SuggestionClocks.LOOP;
	}

	@Override
	public int adopt() {
		List<Waiting> waiting = jdbc.sql("select id, due from plans.suggestion where state = 'ASSIGNED' and due is not null")
			.query((rs, n) -> new Waiting(rs.getLong("id"), rs.getObject("due", LocalDate.class))).list();
		waiting.forEach(s -> suggestionClocks.answerBy(s.id(), s.due(), clock.instant()));
		return waiting.size();
	}
}
