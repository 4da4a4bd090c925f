package org.zhili.routing.internal.model;

import java.util.Arrays;
import java.util.Collection;

/**
 * How alike two texts are, for finding repeated requests (重复诉求): the cosine of their TF-IDF vectors over
 * character bigrams (letters, digits and ideographs; punctuation and spaces dropped). Bigrams need no
 * segmentation and keep the rare names that tell one estate, road or school from another; their idf comes
 * from a reference corpus, and a bigram the corpus never saw weighs as much as the rarest one it did.
 */
public final class Similarity {

	/** A text's unit-length vector: ascending bigram hashes with their weights. */
	public record Signature(long[] hashes, float[] weights) {

		public boolean isEmpty() {
			return hashes.length == 0;
		}
	}

	private final LongIntMap df;
	private final int documents;

	private Similarity(LongIntMap df, int documents) {
		this.df = df;
		this.documents = documents;
	}

	/** Document frequencies of the bigrams of {@code corpus}. */
	public static Similarity over(Collection<String> corpus) {
		LongIntMap df = new LongIntMap(1 << 18);
		for (String text : corpus) {
			for (long h : Shingles.of(text, 2)) {
				df.add(h, 1);
			}
		}
		return new Similarity(df, corpus.size());
	}

	public Signature signature(String text) {
		String s = Normalizer.normalize(text);
		StringBuilder content = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			if (Normalizer.isContent(s.charAt(i))) {
				content.append(s.charAt(i));
			}
		}
		if (content.length() < 2) {
			return new Signature(new long[0], new float[0]);
		}
		long[] all = new long[content.length() - 1];
		for (int i = 0; i + 2 <= content.length(); i++) {
			all[i] = Featurizer.hash(content, i, i + 2, 0x2545F4914F6CDD1DL);
		}
		Arrays.sort(all);
		long[] hashes = new long[all.length];
		float[] weights = new float[all.length];
		int n = 0;
		for (int i = 0; i < all.length;) {
			int j = i;
			while (j < all.length && all[j] == all[i]) {
				j++;
			}
			double idf = Math.log((1.0 + documents) / (1.0 + df.get(all[i], 0))) + 1;
			hashes[n] = all[i];
			weights[n++] = (float) ((1 + Math.log(j - i)) * idf);
			i = j;
		}
		double norm = 0;
		for (int i = 0; i < n; i++) {
			norm += weights[i] * weights[i];
		}
		norm = Math.sqrt(norm);
		for (int i = 0; i < n; i++) {
			weights[i] /= (float) norm;
		}
		return new Signature(Arrays.copyOf(hashes, n), Arrays.copyOf(weights, n));
	}

	public static double cosine(Signature a, Signature b) {
		long[] x = a.hashes(), y = b.hashes();
		int i = 0, j = 0;
		double dot = 0;
		while (i < x.length && j < y.length) {
			if (x[i] == y[j]) {
				dot += a.weights()[i++] * b.weights()[j++];
			}
			else if (x[i] < y[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return dot;
	}
}
