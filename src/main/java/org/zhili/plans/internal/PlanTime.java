package org.zhili.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.zhili.platform.ChinaTime;

/** Today and now for plans and suggestions, from the application's clock (a test moves it). */
@Component
public class PlanTime {

	private final Clock clock;

	PlanTime(Clock clock) {
		this.clock = clock;
	}

	/** Today in China. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	public Instant now() {
		return clock.instant();
	}
}
