package org.zhili.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.zhili.platform.ChinaTime;

/**
 * The application's clock in tests: real time plus an offset that a test may move forward to reach a
 * deadline, and must {@link #reset()} afterwards (the context, and its clock, are shared by all tests).
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public void advance(Duration duration) {
		offset.updateAndGet(o -> o.plus(duration));
	}

	/** Moves to {@code instant} (forward or back). */
	public void setTo(Instant instant) {
		offset.set(Duration.between(Instant.now(), instant));
	}

	public void reset() {
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
