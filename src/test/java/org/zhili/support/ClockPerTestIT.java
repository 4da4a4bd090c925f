package org.zhili.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test that moves the application's clock and never resets it leaves nothing behind: the next test, in the
 * same shared context, starts on the real time.
 */
@ZhiliIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClockPerTestIT {

	/** Monday 1 March 2021, 10:00 Beijing time: in the past, so no timer fires early while the clock is there. */
	static final Instant PAST = Instant.parse("2021-03-01T02:00:00Z");

	@Autowired
	Api api;

	@Autowired
	MovableClock clock;

	@Autowired
	Clock applicationClock;

	@Test
	@Order(1)
	void aTestMovesTheClockAndLeavesItThere() {
		api.token("dispatcher"); // at the real time: a token issued in 2021 would have expired in 2021
		clock.setTo(PAST);

		assertThat(applicationClock).isSameAs(clock);
		assertThat(Duration.between(PAST, applicationNow()).abs()).isLessThan(Duration.ofMinutes(1));
	}

	@Test
	@Order(2)
	void theNextTestStartsOnTheRealTime() {
		assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
		assertThat(Duration.between(Instant.now(), applicationNow()).abs()).isLessThan(Duration.ofMinutes(1));
	}

	/** "Now" as the running application answers it over HTTP. */
	private Instant applicationNow() {
		Api.Response r = api.get("/api/v1/calendar/deadline?from=2021-01-04T10:00&amount=1&unit=NATURAL_DAYS",
				"dispatcher");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return OffsetDateTime.parse(r.json().get("at").asString()).toInstant();
	}
}
