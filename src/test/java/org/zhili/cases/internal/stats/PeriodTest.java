package org.zhili.cases.internal.stats;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhili.platform.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Periods of the statistics, and bad input naming the parameter at fault. */
class PeriodTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22); // a Sunday

	@Test
	void aDayAWeekAMonth() {
		assertThat(Period.of(Period.Kind.DAY, LocalDate.of(2026, 10, 8), null, null, TODAY, 1096))
			.isEqualTo(new Period(Period.Kind.DAY, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 8)));
		// weeks run from Monday to Sunday
		assertThat(Period.of(Period.Kind.WEEK, null, null, null, TODAY, 1096))
			.isEqualTo(new Period(Period.Kind.WEEK, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
		assertThat(Period.of(Period.Kind.MONTH, LocalDate.of(2028, 2, 10), null, null, TODAY, 1096))
			.isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
		// nothing asked: this month
		assertThat(Period.of(null, null, null, null, TODAY, 1096))
			.isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
	}

	@Test
	void aCustomRangeIncludesBothEnds() {
		Period p = Period.of(null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), TODAY, 1096);

		assertThat(p.kind()).isEqualTo(Period.Kind.CUSTOM);
		assertThat(p.days()).isEqualTo(365);
		assertThat(Period.of(Period.Kind.CUSTOM, null, TODAY, TODAY, TODAY, 1096).days()).isEqualTo(1);
	}

	@Test
	void badInputNamesTheParameter() {
		assertThat(field(() -> Period.of(null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), TODAY, 1096)))
			.isEqualTo("to");
		assertThat(field(() -> Period.of(null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), TODAY, 1096)))
			.isEqualTo("to");
		assertThat(field(() -> Period.of(null, null, LocalDate.of(2026, 3, 1), null, TODAY, 1096))).isEqualTo("to");
		assertThat(field(() -> Period.of(null, null, null, LocalDate.of(2026, 3, 1), TODAY, 1096))).isEqualTo("from");
		assertThat(field(() -> Period.of(Period.Kind.MONTH, null, TODAY, TODAY, TODAY, 1096))).isEqualTo("period");
		assertThat(field(() -> Period.of(null, TODAY, TODAY, TODAY, TODAY, 1096))).isEqualTo("date");
		assertThat(field(() -> Period.of(Period.Kind.CUSTOM, null, null, null, TODAY, 1096))).isEqualTo("from");
	}

	private static String field(Runnable request) {
		ApiProblem problem = catchThrowableOfType(ApiProblem.class, request::run);
		assertThat(problem).as("a 400 problem").isNotNull();
		assertThat(problem.status().value()).isEqualTo(400);
		return problem.errors().get(0).field();
	}
}
