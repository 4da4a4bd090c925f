package org.zhili.support;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clock moves only during a test's turn, and every turn starts and ends on the real time. */
class MovableClockTest {

	private final MovableClock clock = new MovableClock();

	@Test
	void aTurnStartsOnTheRealTimeAndItsEndTakesTheClockBackWithoutAReset() {
		clock.startTurn("first");
		assertThat(offset()).isLessThan(Duration.ofSeconds(1));
		clock.setTo(Instant.parse("2022-02-14T02:00:00Z"));
		clock.advance(Duration.ofDays(3));
		assertThat(clock.instant()).isBetween(Instant.parse("2022-02-17T02:00:00Z"), Instant.parse("2022-02-17T02:01:00Z"));
		clock.endTurn("first");
		assertThat(offset()).isLessThan(Duration.ofSeconds(1));

		clock.startTurn("second");
		assertThat(offset()).as("the next test starts on the real time").isLessThan(Duration.ofSeconds(1));
		clock.advance(Duration.ofHours(1));
		assertThat(Duration.between(Instant.now(), clock.instant())).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
		clock.reset();
		assertThat(offset()).isLessThan(Duration.ofSeconds(1));
		clock.endTurn("second");
	}

	@Test
	void betweenTurnsTheClockReadsTheRealTimeAndRefusesToMove() {
		assertThat(offset()).isLessThan(Duration.ofSeconds(1));
		assertThatThrownBy(() -> clock.advance(Duration.ofDays(1))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("outside a test");
		assertThatThrownBy(() -> clock.setTo(Instant.parse("2022-02-14T02:00:00Z"))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(clock::reset).isInstanceOf(IllegalStateException.class);
		assertThat(offset()).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void twoTestsCannotHoldTheClockAtOnce() {
		clock.startTurn("first");
		assertThatThrownBy(() -> clock.startTurn("second")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("still lent to first");
		clock.advance(Duration.ofHours(1));
		clock.endTurn("second");
		assertThat(offset()).as("only the holder ends its turn").isGreaterThan(Duration.ofMinutes(59));
		clock.endTurn("first");
		assertThat(offset()).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void movesCountOnlyWhatChangesTheTimeTheApplicationSees() {
		clock.startTurn("first");
		long before = clock.moves();
		clock.reset();
		clock.advance(Duration.ZERO);
		assertThat(clock.moves()).as("nothing moved").isEqualTo(before);
		clock.advance(Duration.ofHours(1));
		assertThat(clock.moves()).isEqualTo(before + 1);
		clock.endTurn("first");
		assertThat(clock.moves()).as("back to the real time: tokens are checked again").isEqualTo(before + 2);
		clock.startTurn("second");
		clock.endTurn("second");
		assertThat(clock.moves()).as("a test that never moved the clock").isEqualTo(before + 2);
	}

	private Duration offset() {
		return Duration.between(Instant.now(), clock.instant()).abs();
	}
}
