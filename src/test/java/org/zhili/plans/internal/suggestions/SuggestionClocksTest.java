package org.zhili.plans.internal.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.zhili.calendar.Deadline;
import org.zhili.calendar.TimeLimit;
import org.zhili.process.Clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** When the lead unit of a suggestion is warned and told it is overdue. */
class SuggestionClocksTest {

	final Clocks clocks = mock(Clocks.class);
	final SuggestionService suggestions = mock(SuggestionService.class);
	final SuggestionClocks suggestionClocks = new SuggestionClocks(clocks, suggestions, 15);
	final Clocks.Key key = Clocks.Key.of(SuggestionClocks.LOOP, 9, SuggestionWorkflow.ANSWER_CLOCK);
	final Instant due = Instant.parse("2026-09-30T09:30:00Z");
	final Deadline deadline = new Deadline(Instant.parse("2026-06-30T01:00:00Z"), TimeLimit.days(92), due);

	@Test
	void theLeadUnitIsWarnedTheConfiguredDaysBeforeTheDueDate() {
		assertThat(suggestionClocks.warnAt(key, deadline)).isEqualTo(due.minus(15, ChronoUnit.DAYS));
	}

	@Test
	void aWarningAndTheDueDateAreToldApart() {
		suggestionClocks.fired(key, Clocks.Alarm.WARN, deadline);
		verify(suggestions).answerClock(9, false);

		suggestionClocks.fired(key, Clocks.Alarm.DUE, deadline);
		verify(suggestions).answerClock(9, true);
	}

	@Test
	void theAnswerClockRunsToTheDueDayAndStopsWithTheReply() {
		Instant now = Instant.parse("2026-06-30T01:00:00Z");
		suggestionClocks.answerBy(9, LocalDate.of(2026, 9, 30), now);
		suggestionClocks.answered(9, now);

		verify(clocks).startUntil(key, now, LocalDate.of(2026, 9, 30));
		verify(clocks).stop(key, now);
	}
}
