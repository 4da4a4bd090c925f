package org.zhili.routing.internal.model;

/**
 * One linear classifier over the shared feature vector: a score per class ({@code w·x + b}) turned into
 * probabilities by a softmax at a calibrated temperature.
 *
 * @param weights feature-major: the weight of feature {@code j} for class {@code k} is {@code weights[j * classes + k]}
 * @param bias one per class
 * @param temperature multiplies the scores before the softmax (fitted on held-out predictions)
 */
public record LinearHead(String solver, double cost, float[] weights, float[] bias, float temperature) {

	public int classes() {
		return bias.length;
	}

	public double[] scores(Vectorizer.Vector x) {
		int k = bias.length;
		double[] s = new double[k];
		for (int c = 0; c < k; c++) {
			s[c] = bias[c];
		}
		int[] idx = x.indices();
		float[] val = x.values();
		for (int i = 0; i < idx.length; i++) {
			int base = idx[i] * k;
			float v = val[i];
			for (int c = 0; c < k; c++) {
				s[c] += v * weights[base + c];
			}
		}
		return s;
	}

	public static double[] softmax(double[] scores, double temperature) {
		double max = Double.NEGATIVE_INFINITY;
		for (double s : scores) {
			max = Math.max(max, s * temperature);
		}
		double sum = 0;
		double[] p = new double[scores.length];
		for (int c = 0; c < p.length; c++) {
			p[c] = Math.exp(scores[c] * temperature - max);
			sum += p[c];
		}
		for (int c = 0; c < p.length; c++) {
			p[c] /= sum;
		}
		return p;
	}

	public LinearHead withTemperature(float t) {
		return new LinearHead(solver, cost, weights, bias, t);
	}
}
