package org.zhili.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.zhili.platform.ChinaTime;

/**
 * The application's clock in integration tests (it replaces the {@link Clock} bean, so everything that asks
 * for "now", the timers included, reads it): the real time, plus an offset a test may move to reach a deadline
 * or a past month.
 * <p>
 * Each test method gets the clock in turn, starting on the real time: {@link ClockPerTest}, which
 * {@link ZhiliIntegrationTest} registers, {@linkplain #startTurn starts} a turn before the test and
 * {@linkplain #endTurn ends} it after, which takes the clock back to the real time whatever the test left it
 * at. So a test never resets the clock; it calls {@link #reset()} only to go on at the real time within
 * the test. Between turns (in {@code @BeforeAll}, {@code @AfterAll}, a static initializer or a thread that
 * outlived its test) the clock reads the real time and refuses to move, so time moved there fails loudly
 * instead of leaking into the tests that follow.
 */
public final class MovableClock extends Clock {

	/** The test holding the clock and how far it moved it. */
	private record Turn(String test, Duration offset) {
	}

	private final Object lock = new Object();
	private final AtomicLong moves = new AtomicLong();
	private volatile Turn turn;

	/** Moves the clock forward (or back, for a negative duration). */
	public void advance(Duration duration) {
		move("advance", offset -> offset.plus(duration));
	}

	/** Moves to {@code instant} (forward or back); the clock goes on from there. */
	public void setTo(Instant instant) {
		move("setTo", offset -> Duration.between(Instant.now(), instant));
	}

	/** Back to the real time, to go on there within the test (the end of a test takes it back anyway). */
	public void reset() {
		move("reset", offset -> Duration.ZERO);
	}

	/**
	 * How often the clock was moved. While it was ahead, the application may have dropped what it took as
	 * expired, such as the tokens a test holds.
	 */
	public long moves() {
		return moves.get();
	}

	private void move(String how, UnaryOperator<Duration> offset) {
		synchronized (lock) {
			Turn current = turn;
			if (current == null) {
				throw new IllegalStateException("the clock moved (" + how + ") outside a test: only a test method, "
						+ "or a @BeforeEach of a @ZhiliIntegrationTest, may move it, and only until it ends");
			}
			Duration moved = offset.apply(current.offset());
			if (!moved.equals(current.offset())) {
				moves.incrementAndGet();
			}
			turn = new Turn(current.test(), moved);
		}
	}

	/**
	 * Lends the clock to a test, on the real time. Integration tests that share the clock run one after the
	 * other: a turn that starts while another test holds the clock fails.
	 */
	void startTurn(String test) {
		synchronized (lock) {
			Turn other = turn;
			if (other != null) {
				throw new IllegalStateException("the clock is still lent to " + other.test() + " when " + test
						+ " starts: tests that share the application's clock must not run in parallel");
			}
			turn = new Turn(test, Duration.ZERO);
		}
	}

	/** Takes the clock back from the test that holds it, to the real time. */
	void endTurn(String test) {
		synchronized (lock) {
			Turn current = turn;
			if (current == null || !current.test().equals(test)) {
				return;
			}
			if (!current.offset().isZero()) {
				moves.incrementAndGet();
			}
			turn = null;
		}
	}

	@Override
	public Instant instant() {
		Turn current = turn;
		Instant now = Instant.now();
		return current == null ? now : now.plus(current.offset());
	}

	@Override
	public ZoneId getZone() {
		return ChinaTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("zhili runs on China time");
	}
}
