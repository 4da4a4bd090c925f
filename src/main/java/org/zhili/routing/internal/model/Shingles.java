package org.zhili.routing.internal.model;

import java.util.Arrays;

/**
 * Near-duplicate signatures of a text: the set of its character shingles (n-grams of letters, digits and
 * ideographs; punctuation and spaces dropped), a MinHash sketch of that set and a 64-bit SimHash.
 */
public final class Shingles {

	/** Hash functions of a MinHash sketch: {@link #BANDS} bands of {@link #ROWS} rows for LSH. */
	public static final int BANDS = 20, ROWS = 3, HASHES = BANDS * ROWS;

	private static final long[] SEEDS = new long[HASHES];

	static {
		long s = 0x5DEECE66DL;
		for (int i = 0; i < HASHES; i++) {
			s = Featurizer.mix(s + 0x9E3779B97F4A7C15L);
			SEEDS[i] = s | 1;
		}
	}

	private Shingles() {
	}

	/** The distinct shingle hashes of a text, ascending. */
	public static long[] of(String text, int n) {
		String s = Normalizer.normalize(text);
		StringBuilder content = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			if (Normalizer.isContent(s.charAt(i))) {
				content.append(s.charAt(i));
			}
		}
		if (content.length() < n) {
			return content.length() == 0 ? new long[0]
					: new long[] { Featurizer.hash(content, 0, content.length(), 0x2545F4914F6CDD1DL) };
		}
		long[] out = new long[content.length() - n + 1];
		for (int i = 0; i + n <= content.length(); i++) {
			out[i] = Featurizer.hash(content, i, i + n, 0x2545F4914F6CDD1DL);
		}
		Arrays.sort(out);
		int distinct = 0;
		for (int i = 0; i < out.length; i++) {
			if (distinct == 0 || out[distinct - 1] != out[i]) {
				out[distinct++] = out[i];
			}
		}
		return Arrays.copyOf(out, distinct);
	}

	/** The MinHash sketch ({@link #HASHES} values) of a shingle set. */
	public static long[] minHash(long[] shingles) {
		long[] sketch = new long[HASHES];
		Arrays.fill(sketch, Long.MAX_VALUE);
		for (long x : shingles) {
			for (int i = 0; i < HASHES; i++) {
				long h = Featurizer.mix(x * SEEDS[i]);
				if (h < sketch[i]) {
					sketch[i] = h;
				}
			}
		}
		return sketch;
	}

	/** The LSH key of one band of a sketch. */
	public static long band(long[] sketch, int band) {
		long h = band;
		for (int r = 0; r < ROWS; r++) {
			h = Featurizer.mix(h * 31 + sketch[band * ROWS + r]);
		}
		return h;
	}

	/** The 64-bit SimHash of a shingle set (each shingle counted once). */
	public static long simHash(long[] shingles) {
		int[] v = new int[64];
		for (long x : shingles) {
			long h = Featurizer.mix(x);
			for (int b = 0; b < 64; b++) {
				v[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
			}
		}
		long out = 0;
		for (int b = 0; b < 64; b++) {
			if (v[b] > 0) {
				out |= 1L << b;
			}
		}
		return out;
	}

	/** How many elements two ascending sets share. */
	static int common(long[] a, long[] b) {
		int i = 0, j = 0, common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return common;
	}

	/** Jaccard similarity of two ascending shingle sets. */
	public static double jaccard(long[] a, long[] b) {
		if (a.length == 0 && b.length == 0) {
			return 0;
		}
		int common = common(a, b);
		return (double) common / (a.length + b.length - common);
	}

	/** Share of the smaller set found in the larger (how much of the shorter text the longer one repeats). */
	public static double containment(long[] a, long[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int common = common(a, b);
		return (double) common / Math.min(a.length, b.length);
	}
}
