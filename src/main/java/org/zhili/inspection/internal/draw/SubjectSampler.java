package org.zhili.inspection.internal.draw;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The first 随机: drawing subjects of one credit class without replacement, each with a chance proportional to its
 * weight (with equal weights, a uniform sample: a partial Fisher–Yates in effect).
 */
final class SubjectSampler {

	private SubjectSampler() {
	}

	/**
	 * How many to draw: ⌈population × ratio / 100⌉, at most the population. Integer arithmetic on the ratio's
	 * decimal digits, so every language gets the same number.
	 */
	static int quota(int population, BigDecimal ratio) {
		if (ratio == null || ratio.signum() == 0 || population == 0) {
			return 0;
		}
		BigDecimal r = ratio.scale() < 0 ? ratio.setScale(0) : ratio;
		BigInteger numerator = BigInteger.valueOf(population).multiply(r.unscaledValue());
		BigInteger denominator = BigInteger.valueOf(100).multiply(BigInteger.TEN.pow(r.scale()));
		BigInteger[] qr = numerator.divideAndRemainder(denominator);
		BigInteger ceil = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
		return ceil.min(BigInteger.valueOf(population)).intValueExact();
	}

	/**
	 * Draws {@code n} of the candidates (already in subject id order): each time a uniform {@code r} in
	 * {@code [0, remaining total weight)} picks the candidate whose cumulative-weight interval holds it, which then
	 * leaves the pool.
	 */
	static List<Candidate> sample(List<Candidate> candidates, int n, RandomStream random) {
		long[] weights = new long[candidates.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = candidates.get(i).weight();
		}
		Fenwick pool = new Fenwick(weights);
		List<Candidate> chosen = new ArrayList<>(n);
		for (int k = 0; k < n; k++) {
			int i = pool.find(random.uniform(pool.total()));
			pool.add(i, -weights[i]);
			chosen.add(candidates.get(i));
		}
		return chosen;
	}
}
