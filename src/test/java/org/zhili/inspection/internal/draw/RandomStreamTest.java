package org.zhili.inspection.internal.draw;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomStreamTest {

	@Test
	void numbersAreTheBigEndianWordsOfShaOfSeedAndCounter() throws Exception {
		byte[] seed = "种子".getBytes("UTF-8");
		RandomStream stream = new RandomStream(seed);
		for (long block = 0; block < 3; block++) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(seed);
			sha.update(ByteBuffer.allocate(8).putLong(block).array());
			ByteBuffer digest = ByteBuffer.wrap(sha.digest());
			for (int word = 0; word < 4; word++) {
				assertThat(stream.next()).isEqualTo(digest.getLong());
			}
		}
	}

	@Test
	void uniformStaysInRangeAndCoversIt() {
		RandomStream stream = new RandomStream(new byte[] { 1 });
		long[] seen = new long[7];
		for (int i = 0; i < 7000; i++) {
			seen[(int) stream.uniform(7)]++;
		}
		assertThat(LongStream.of(seen)).allMatch(n -> n > 850 && n < 1150);
		assertThat(LongStream.range(0, 1000).map(i -> stream.uniform(Long.MAX_VALUE)))
			.allMatch(x -> x >= 0 && x < Long.MAX_VALUE);
		assertThat(stream.uniform(1)).isZero();
		assertThatThrownBy(() -> stream.uniform(0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void uniformRejectsOnlyTheBiasedRemainder() {
		// For n = 3·2^61, 2^64 = 2n + 2^62: the 2^62 lowest numbers would favour the first two thirds, so they
		// are skipped.
		long n = 3L << 61;
		RandomStream stream = new RandomStream(new byte[] { 2 });
		RandomStream raw = new RandomStream(new byte[] { 2 });
		for (int i = 0; i < 200; i++) {
			long value = stream.uniform(n);
			long x;
			do {
				x = raw.next();
			}
			while (Long.compareUnsigned(x, 1L << 62) < 0);
			assertThat(value).isEqualTo(Long.remainderUnsigned(x, n));
		}
	}

	@Test
	void fenwickFindsThePositionWhoseCumulativeIntervalHoldsR() {
		Random random = new Random(7);
		long[] weights = new long[37];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(300);
		}
		Fenwick tree = new Fenwick(weights.clone());
		for (int round = 0; round < 30; round++) {
			long total = LongStream.of(weights).sum();
			assertThat(tree.total()).isEqualTo(total);
			for (long r = 0; r < total; r++) {
				assertThat(tree.find(r)).isEqualTo(linearFind(weights, r));
			}
			int remove = linearFind(weights, random.nextLong(total));
			tree.add(remove, -weights[remove]);
			weights[remove] = 0;
		}
		assertThatThrownBy(() -> tree.find(tree.total())).isInstanceOf(IllegalArgumentException.class);
	}

	private static int linearFind(long[] weights, long r) {
		long cumulative = 0;
		for (int i = 0; i < weights.length; i++) {
			cumulative += weights[i];
			if (r < cumulative) {
				return i;
			}
		}
		throw new AssertionError();
	}
}
