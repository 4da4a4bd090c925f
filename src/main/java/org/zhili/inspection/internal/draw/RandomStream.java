package org.zhili.inspection.internal.draw;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The draw's only source of chance, reproducible in any language: block {@code i} is SHA-256(seed ‖ i as 8 bytes
 * big-endian), {@code i = 0, 1, 2…}; each block gives four unsigned 64-bit numbers, big-endian, in order.
 */
final class RandomStream {

	private final MessageDigest sha256;
	private final byte[] seed;
	private final byte[] counter = new byte[8];
	private final byte[] block = new byte[32];
	private long blocks;
	private int position = block.length;

	RandomStream(byte[] seed) {
		this.seed = seed.clone();
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The next unsigned 64-bit number (as a Java long: read it with the unsigned methods). */
	long next() {
		if (position == block.length) {
			refill();
		}
		long v = 0;
		for (int i = 0; i < 8; i++) {
			v = (v << 8) | (block[position++] & 0xFF);
		}
		return v;
	}

	/**
	 * A uniform integer in {@code [0, n)} without modulo bias: numbers below 2^64 mod n are rejected (there are
	 * fewer than n of them, so almost never), the rest are taken mod n.
	 */
	long uniform(long n) {
		if (n <= 0) {
			throw new IllegalArgumentException("n must be positive: " + n);
		}
		long rejectBelow = Long.remainderUnsigned(-n, n); // (2^64 - n) mod n == 2^64 mod n
		while (true) {
			long x = next();
			if (Long.compareUnsigned(x, rejectBelow) >= 0) {
				return Long.remainderUnsigned(x, n);
			}
		}
	}

	private void refill() {
		long c = blocks++;
		for (int i = 7; i >= 0; i--) {
			counter[i] = (byte) c;
			c >>>= 8;
		}
		sha256.update(seed);
		sha256.update(counter);
		try {
			sha256.digest(block, 0, block.length);
		}
		catch (java.security.DigestException e) {
			throw new IllegalStateException(e);
		}
		position = 0;
	}
}
