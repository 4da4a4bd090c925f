package org.zhili.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, finding 2: five wrong passwords locked any account for 30 minutes, and one address could try
 * 40 user names in 3 seconds.
 */
class SignInLimitsTest {

	/** The defaults, as bound when application.yml says nothing. */
	static SecurityProperties defaults() {
		return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("zhili.security",
				SecurityProperties.class);
	}

	@Test
	void anAccountIsLockedOnlyAfterTenFailuresForFiveMinutesThenLongerUpToAnHour() {
		SecurityProperties.Lockout lockout = defaults().lockout();

		for (int failures = 1; failures < 10; failures++) {
			assertThat(lockout.lockAfter(failures)).as("%d failures", failures).isEmpty();
		}
		assertThat(lockout.lockAfter(10)).contains(Duration.ofMinutes(5));
		assertThat(lockout.lockAfter(11)).isEmpty();
		assertThat(lockout.lockAfter(20)).contains(Duration.ofMinutes(10));
		assertThat(lockout.lockAfter(30)).contains(Duration.ofMinutes(20));
		assertThat(lockout.lockAfter(40)).contains(Duration.ofMinutes(40));
		assertThat(lockout.lockAfter(50)).contains(Duration.ofHours(1));
		assertThat(lockout.lockAfter(10_000)).contains(Duration.ofHours(1));
	}

	@Test
	void anAddressIsHeldBackAfterTwentyFailuresAMinuteUntilTheOldestLeavesTheWindow() {
		Ticking clock = new Ticking(Instant.parse("2026-12-01T02:00:00Z"));
		SignInThrottle throttle = new SignInThrottle(defaults(), clock);

		for (int i = 0; i < 20; i++) {
			assertThat(throttle.waitFor("203.0.113.5")).as("before failure %d", i + 1).isEmpty();
			throttle.failed("203.0.113.5");
			clock.advance(Duration.ofSeconds(1));
		}

		// 20 failures from 02:00:00 to 02:00:19; now 02:00:20: the first leaves the window at 02:01:00.
		assertThat(throttle.waitFor("203.0.113.5")).contains(Duration.ofSeconds(40));
		assertThat(throttle.waitFor("203.0.113.6")).as("another address").isEmpty();
		clock.advance(Duration.ofSeconds(40));
		assertThat(throttle.waitFor("203.0.113.5")).isEmpty();
		throttle.failed("203.0.113.5");
		assertThat(throttle.waitFor("203.0.113.5")).contains(Duration.ofSeconds(1));
	}

	/** A clock the test moves by hand. */
	static final class Ticking extends Clock {

		private Instant now;

		Ticking(Instant start) {
			this.now = start;
		}

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
