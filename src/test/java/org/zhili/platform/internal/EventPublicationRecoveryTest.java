package org.zhili.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

class EventPublicationRecoveryTest {

	private static final Duration AFTER = Duration.ofMinutes(10);

	@Test
	void onTheRealTimeAnEventIsStaleAfterTheConfiguredTime() {
		Duration staleness = EventPublicationRecovery.staleness(AFTER, Clock.systemUTC())
			.getStaleness(EventPublication.Status.PROCESSING);
		assertThat(staleness).isBetween(AFTER, AFTER.plusSeconds(1));
	}

	@Test
	void aClockSetAheadDoesNotMakeAnEventInHandStale() {
		Clock ahead = Clock.fixed(Instant.now().plus(Duration.ofDays(3)), ZoneOffset.UTC);
		Duration staleness = EventPublicationRecovery.staleness(AFTER, ahead).getStaleness(EventPublication.Status.PUBLISHED);
		// published now (by the clock set ahead): stale only ten minutes from now on the real time too
		assertThat(staleness).isBetween(AFTER.plusDays(3).minusSeconds(1), AFTER.plusDays(3).plusSeconds(1));
	}

	@Test
	void aClockSetBackCountsFromItsOwnTime() {
		Clock behind = Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC);
		assertThat(EventPublicationRecovery.staleness(AFTER, behind).getStaleness(EventPublication.Status.PROCESSING))
			.isEqualTo(AFTER);
	}
}
