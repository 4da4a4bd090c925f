package org.zhili.plans.internal.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhili.calendar.Deadline;
import org.zhili.process.ClockListener;
import org.zhili.process.Clocks;

/**
 * A suggestion's answer on the process kit's clocks: from 交办 (or an unsatisfied submitter's redo) to its due
 * date. The lead unit is warned {@code zhili.plans.suggestions.warn-days} days before and told when it is
 * overdue.
 */
@Component
class SuggestionClocks implements ClockListener {

	static final String LOOP = "suggestion";

	private final Clocks clocks;
	private final SuggestionService suggestions;
	private final int warnDays;

	SuggestionClocks(Clocks clocks, @Lazy SuggestionService suggestions,
			@Value("${zhili.plans.suggestions.warn-days:15}") int warnDays) {
		this.clocks = clocks;
		this.suggestions = suggestions;
		this.warnDays = warnDays;
	}

	@Override
	public String loop() {
		return LOOP;
	}

	@Override
	public Instant warnAt(Clocks.Key key, Deadline deadline) {
		return deadline.due().minus(warnDays, ChronoUnit.DAYS);
	}

	@Override
	public void fired(Clocks.Key key, Clocks.Alarm alarm, Deadline deadline) {
		suggestions.answerClock(key.itemId(), alarm == Clocks.Alarm.DUE);
	}

	/** The due date is a date: a corrected calendar may move its last working day, which is read when shown. */
	@Override
	public void recomputed(Clocks.Key key, Deadline before, Deadline after) {
	}

	void answerBy(long suggestionId, LocalDate due, Instant now) {
		clocks.startUntil(Clocks.Key.of(LOOP, suggestionId, SuggestionWorkflow.ANSWER_CLOCK), now, due);
	}

	void answered(long suggestionId, Instant at) {
		clocks.stop(Clocks.Key.of(LOOP, suggestionId, SuggestionWorkflow.ANSWER_CLOCK), at);
	}
}
