package org.zhili.inspection.internal.draw;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Seeds: 32 bytes from the operating system's secure random source, published as lower-case hex. */
public final class DrawSeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private DrawSeeds() {
	}

	public static byte[] fresh() {
		byte[] seed = new byte[32];
		RANDOM.nextBytes(seed);
		return seed;
	}

	public static String hex(byte[] seed) {
		return HexFormat.of().formatHex(seed);
	}

	/** @throws IllegalArgumentException if it is empty or not hex */
	public static byte[] parse(String hex) {
		if (hex == null || hex.isEmpty() || hex.length() % 2 != 0) {
			throw new IllegalArgumentException("种子应为偶数位的十六进制字符串");
		}
		try {
			return HexFormat.of().parseHex(hex);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("种子应为偶数位的十六进制字符串", e);
		}
	}
}
