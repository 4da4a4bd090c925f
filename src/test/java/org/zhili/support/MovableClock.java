package org.zhili.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.zhili.platform.ChinaTime;

/**
 * The application's clock in tests: real time plus an offset that a test may move forward to reach a
 * deadline, and must {@link #reset()} afterwards (the context, and its clock, are shared by all tests).
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
	private final AtomicLong moves = new AtomicLong();

	public void advance(Duration duration) {
		moves.incrementAndGet();
		offset.updateAndGet(o -> o.plus(duration));
	}

	/** Moves to {@code instant} (forward or back). */
	public void setTo(Instant instant) {
		moves.incrementAndGet();
		offset.set(Duration.between(Instant.now(), instant));
	}

	/**
	 * How often the clock was moved. While it was ahead, the application may have dropped what it took as
	 * expired, such as the tokens a test holds.
	 */
	public long moves() {
		return moves.get();
	}

	public void reset() {
		moves.incrementAndGet();
		offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get());
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
