package org.zhili.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SampledTest {

	@Test
	void readsOnceWithinItsAgeAndAgainAfterIt() {
		AtomicInteger reads = new AtomicInteger();
		AtomicLong nanos = new AtomicLong();
		Sampled<Integer> sampled = new Sampled<>(Duration.ofSeconds(1), reads::incrementAndGet, nanos::get);

		assertThat(sampled.get()).isEqualTo(1);
		nanos.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(sampled.get()).isEqualTo(1);
		assertThat(reads).hasValue(1);

		nanos.addAndGet(Duration.ofMillis(2).toNanos());
		assertThat(sampled.get()).isEqualTo(2);
	}
}
