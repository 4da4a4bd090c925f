package org.zhili.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class EventPublicationRecoveryTest {

	private static final Duration AFTER = Duration.ofMinutes(10);

	@Test
	void onTheRealTimeAnEventIsStaleAfterTheConfiguredTime() {
		Instant before = Instant.now().minus(AFTER);
		assertThat(EventPublicationRecovery.staleBefore(AFTER, Clock.systemUTC()))
			.isBetween(before, before.plusSeconds(1));
	}

	@Test
	void aClockSetAheadDoesNotMakeAnEventInHandStale() {
		Clock ahead = Clock.fixed(Instant.now().plus(Duration.ofDays(3)), ZoneOffset.UTC);
		Instant before = Instant.now().minus(AFTER);
		// published just now by the clock set ahead: not stale until ten minutes have passed on the real time too
		assertThat(EventPublicationRecovery.staleBefore(AFTER, ahead)).isBetween(before.minusSeconds(1), before.plusSeconds(1));
	}

	@Test
	void aClockSetBackCountsFromItsOwnTime() {
		Instant back = Instant.now().minus(Duration.ofDays(3));
		assertThat(EventPublicationRecovery.staleBefore(AFTER, Clock.fixed(back, ZoneOffset.UTC))).isEqualTo(back.minus(AFTER));
	}
}
