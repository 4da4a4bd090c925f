package org.zhili.inspection.internal.draw;

/**
 * Pearson's chi-square goodness-of-fit test, self-contained: the critical value and p-value come from the
 * Wilson–Hilferty approximation (χ²/df)^(1/3) ≈ normal with mean 1 − 2/(9df) and variance 2/(9df), within 1 % of the
 * tabulated values even at α = 0.001 for df ≥ 5.
 */
final class ChiSquare {

	/** The statistic, its degrees of freedom, the critical value at {@code alpha} and the p-value. */
	record Result(double statistic, int df, double critical, double pValue, double alpha) {

		boolean rejected() {
			return statistic >= critical;
		}

		@Override
		public String toString() {
			return String.format("χ² = %.2f, df = %d, critical value at α = %s: %.2f, p ≈ %.4f", statistic, df, alpha,
					critical, pValue);
		}
	}

	private ChiSquare() {
	}

	static Result test(long[] observed, double[] expected, double alpha) {
		double statistic = 0;
		for (int i = 0; i < observed.length; i++) {
			double d = observed[i] - expected[i];
			statistic += d * d / expected[i];
		}
		int df = observed.length - 1;
		return new Result(statistic, df, criticalValue(df, alpha), pValue(statistic, df), alpha);
	}

	static double criticalValue(int df, double alpha) {
		double v = 2.0 / (9 * df);
		double z = normalQuantile(1 - alpha);
		double c = 1 - v + z * Math.sqrt(v);
		return df * c * c * c;
	}

	static double pValue(double statistic, int df) {
		double v = 2.0 / (9 * df);
		double z = (Math.cbrt(statistic / df) - (1 - v)) / Math.sqrt(v);
		return 1 - normalCdf(z);
	}

	static double normalCdf(double z) {
		return 0.5 * erfc(-z / Math.sqrt(2));
	}

	/** By bisection on {@link #normalCdf}: slow, exact enough, nothing to get wrong. */
	static double normalQuantile(double p) {
		double lo = -10;
		double hi = 10;
		for (int i = 0; i < 200; i++) {
			double mid = (lo + hi) / 2;
			if (normalCdf(mid) < p) {
				lo = mid;
			}
			else {
				hi = mid;
			}
		}
		return (lo + hi) / 2;
	}

	/** Complementary error function, Chebyshev fit with relative error below 1.2e-7 (Numerical Recipes). */
	static double erfc(double x) {
		double z = Math.abs(x);
		double t = 1 / (1 + 0.5 * z);
		double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
				+ t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
						+ t * (-0.82215223 + t * 0.17087277)))))))));
		return x >= 0 ? r : 2 - r;
	}
}
