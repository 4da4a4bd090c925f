package org.zhili.inspection.internal.subjects;

import java.util.concurrent.atomic.AtomicInteger;

import org.zhili.cases.CreditCode;

/**
 * Valid 统一社会信用代码 of the demo district for tests: each call a new one (organisation codes starting {@code TT},
 * which the demo's never do), so tests sharing the database never meet each other's subjects.
 */
public final class CreditCodes {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000));

	private CreditCodes() {
	}

	/** A new enterprise's code. */
	public static String next() {
		return of("91", "TT" + "%06d".formatted(NEXT.incrementAndGet() % 1_000_000));
	}

	/** The code of these first two characters and organisation code (8 characters and its GB 11714 check). */
	public static String of(String head, String eight) {
		return CreditCode.compose(head, "120104", eight);
	}

	/** The code with its last character changed: the check fails. */
	public static String broken(String code) {
		char last = code.charAt(17);
		return code.substring(0, 17) + (last == '1' ? '2' : '1');
	}
}
