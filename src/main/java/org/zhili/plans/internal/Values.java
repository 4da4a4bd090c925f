package org.zhili.plans.internal;

import java.math.BigDecimal;
import java.util.List;

/** Small conversions the plans' reading and writing share. */
public final class Values {

	public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Values() {
	}

	/** Without trailing zeros and never in exponent form (30, not 3E+1). */
	public static BigDecimal plain(BigDecimal v) {
		return v == null ? null : new BigDecimal(v.stripTrailingZeros().toPlainString());
	}

	public static <T> List<T> list(List<T> l) {
		return l == null ? List.of() : l;
	}

	public static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
