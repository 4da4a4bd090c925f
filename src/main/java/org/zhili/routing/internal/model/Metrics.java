package org.zhili.routing.internal.model;

import java.util.List;
import java.util.Locale;

/** Accuracy, per-class precision, recall and F1, macro-F1 and the confusion matrix of a set of predictions. */
public record Metrics(List<String> labels, int[][] confusion) {

	/** {@code truth[i]} and {@code predicted[i]} index into {@code labels}. */
	public static Metrics of(List<String> labels, int[] truth, int[] predicted) {
		int[][] m = new int[labels.size()][labels.size()];
		for (int i = 0; i < truth.length; i++) {
			m[truth[i]][predicted[i]]++;
		}
		return new Metrics(labels, m);
	}

	public int total() {
		int n = 0;
		for (int[] row : confusion) {
			for (int v : row) {
				n += v;
			}
		}
		return n;
	}

	public double accuracy() {
		int right = 0;
		for (int k = 0; k < confusion.length; k++) {
			right += confusion[k][k];
		}
		return total() == 0 ? 0 : (double) right / total();
	}

	public double precision(int k) {
		int predicted = 0;
		for (int[] row : confusion) {
			predicted += row[k];
		}
		return predicted == 0 ? 0 : (double) confusion[k][k] / predicted;
	}

	public double recall(int k) {
		int actual = 0;
		for (int v : confusion[k]) {
			actual += v;
		}
		return actual == 0 ? 0 : (double) confusion[k][k] / actual;
	}

	public double f1(int k) {
		double p = precision(k);
		double r = recall(k);
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	public double macroF1() {
		double sum = 0;
		for (int k = 0; k < confusion.length; k++) {
			sum += f1(k);
		}
		return sum / confusion.length;
	}

	/** A plain-text report: the headline figures, a line per class and the confusion matrix. */
	public String report(String title) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%s: n=%d accuracy=%.4f macro-F1=%.4f%n", title, total(), accuracy(),
				macroF1()));
		for (int k = 0; k < labels.size(); k++) {
			out.append(String.format(Locale.ROOT, "  %-8s P=%.4f R=%.4f F1=%.4f n=%d%n", labels.get(k), precision(k),
					recall(k), f1(k), java.util.Arrays.stream(confusion[k]).sum()));
		}
		out.append("  confusion (rows: true, columns: predicted, in the order above)\n");
		for (int k = 0; k < labels.size(); k++) {
			out.append(String.format(Locale.ROOT, "  %-8s", labels.get(k)));
			for (int v : confusion[k]) {
				out.append(String.format(Locale.ROOT, "%6d", v));
			}
			out.append('\n');
		}
		return out.toString();
	}

	/**
	 * The same as markdown: the headline figures, a table of per-class precision, recall and F1, and the
	 * confusion matrix (rows: the true label, columns: the predicted one).
	 */
	public String markdown(String title) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "#### %s%n%n%d messages: accuracy **%.4f**, macro-F1 **%.4f**%n%n", title,
				total(), accuracy(), macroF1()));
		out.append("| class | messages | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
		for (int k = 0; k < labels.size(); k++) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", labels.get(k),
					java.util.Arrays.stream(confusion[k]).sum(), precision(k), recall(k), f1(k)));
		}
		out.append("\nConfusion (rows: true label, columns: predicted label)\n\n| true \\ predicted |");
		for (String l : labels) {
			out.append(' ').append(l).append(" |");
		}
		out.append("\n|---|");
		out.append("---:|".repeat(labels.size()));
		out.append('\n');
		for (int k = 0; k < labels.size(); k++) {
			out.append("| ").append(labels.get(k)).append(" |");
			for (int j = 0; j < labels.size(); j++) {
				out.append(j == k ? String.format(Locale.ROOT, " **%d** |", confusion[k][j])
						: String.format(Locale.ROOT, " %d |", confusion[k][j]));
			}
			out.append('\n');
		}
		return out.toString();
	}
}
