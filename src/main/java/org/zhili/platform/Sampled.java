package org.zhili.platform;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A reading of shared state (a queue's backlog in the database) taken at most once per {@code maxAge} however often
 * it is asked: every node's metrics are scraped, and a page may ask on every view.
 */
public final class Sampled<T> {

	private record Taken<T>(T value, long atNanos) {
	}

	private final long maxAgeNanos;
	private final Supplier<T> reading;
	private final LongSupplier nanoTime;
	private volatile Taken<T> last;

	public Sampled(Duration maxAge, Supplier<T> reading) {
		// the machine's monotonic time, not the application's clock: that one may be set back (in tests, by an operator)
		this(maxAge, reading, System::nanoTime);
	}

	Sampled(Duration maxAge, Supplier<T> reading, LongSupplier nanoTime) {
		this.maxAgeNanos = maxAge.toNanos();
		this.reading = reading;
		this.nanoTime = nanoTime;
	}

	public T get() {
		long now = nanoTime.getAsLong();
		Taken<T> t = last;
		if (t == null || now - t.atNanos() > maxAgeNanos) {
			t = new Taken<>(reading.get(), now);
			last = t;
		}
		return t.value();
	}
}
