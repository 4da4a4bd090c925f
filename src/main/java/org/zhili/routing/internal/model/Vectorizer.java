package org.zhili.routing.internal.model;

import java.util.List;

/**
 * TF-IDF over a fixed vocabulary of feature hashes: sublinear term frequency (1 + ln tf) or raw counts, a
 * smoothed idf, each block scaled to unit length and then by its block weight.
 */
public final class Vectorizer {

	/** A sparse vector: ascending indices with their values. */
	public record Vector(int[] indices, float[] values) {
	}

	private final long[] hashes;
	private final float[] idf;
	private final float[] blockWeights;
	private final boolean sublinear;
	private final LongIntMap index;
	/**
	 * One bit per slot of a small table (256 KB, it stays in the CPU cache) set for every known feature: most of a
	 * text's character n-grams are unknown, and this answers them without touching the 3 MB index.
	 */
	private final long[] known;
	private static final int KNOWN_BITS = 1 << 21;

	/**
	 * @param hashes the vocabulary, ascending; a feature's index is its position
	 * @param idf the inverse document frequency of each
	 * @param blockWeights the weight of each block ({@link Featurizer#WORD} …), 0 to leave a block out
	 */
	public Vectorizer(long[] hashes, float[] idf, float[] blockWeights, boolean sublinear) {
		this.hashes = hashes;
		this.idf = idf;
		this.blockWeights = blockWeights;
		this.sublinear = sublinear;
		this.index = new LongIntMap(hashes.length);
		this.known = new long[KNOWN_BITS / 64];
		for (int i = 0; i < hashes.length; i++) {
			index.put(hashes[i], i);
			int bit = knownBit(hashes[i]);
			known[bit >>> 6] |= 1L << bit;
		}
	}

	/**
	 * The vocabulary of a training set: features found in at least {@code minDf} documents, with a smoothed
	 * idf {@code ln((1 + n) / (1 + df)) + 1}.
	 */
	public static Vectorizer fit(List<Featurizer.Features> docs, int minDf, float[] blockWeights, boolean sublinear) {
		LongIntMap df = new LongIntMap(1 << 20);
		for (Featurizer.Features d : docs) {
			for (long h : d.hashes()) {
				df.add(h, 1);
			}
		}
		long[] all = df.keys();
		int kept = 0;
		for (long h : all) {
			if (df.get(h, 0) >= minDf && blockWeights[Featurizer.blockOf(h)] > 0) {
				all[kept++] = h;
			}
		}
		long[] hashes = java.util.Arrays.copyOf(all, kept);
		float[] idf = new float[kept];
		int n = docs.size();
		for (int i = 0; i < kept; i++) {
			idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(hashes[i], 0))) + 1.0);
		}
		return new Vectorizer(hashes, idf, blockWeights, sublinear);
	}

	public int size() {
		return hashes.length;
	}

	long[] hashes() {
		return hashes;
	}

	float[] idf() {
		return idf;
	}

	float[] blockWeights() {
		return blockWeights;
	}

	boolean sublinear() {
		return sublinear;
	}

	/** The index of a feature hash, or -1. */
	public int indexOf(long hash) {
		return index.get(hash, -1);
	}

	/**
	 * The vector of raw features ({@link Featurizer#raw}): the same as {@link #vectorize} of the sorted and
	 * counted features, but unknown features are dropped first and only the known ones' indices are sorted.
	 */
	public Vector vectorize(Featurizer.Raw raw) {
		long[] hs = raw.hashes();
		// index << 3 | block: sorting orders by index, and the block needs no second look-up
		int[] found = new int[raw.size()];
		int m = 0;
		for (int i = 0; i < raw.size(); i++) {
			long h = hs[i];
			int bit = knownBit(h);
			if ((known[bit >>> 6] & (1L << bit)) != 0) {
				int j = index.get(h, -1);
				if (j >= 0) {
					found[m++] = j << 3 | Featurizer.blockOf(h);
				}
			}
		}
		java.util.Arrays.sort(found, 0, m);
		int[] idx = new int[m];
		float[] val = new float[m];
		byte[] block = new byte[m];
		double[] norms = new double[Featurizer.BLOCKS];
		int n = 0;
		for (int i = 0; i < m;) {
			int e = found[i];
			int tf = 0;
			while (i < m && found[i] == e) {
				tf++;
				i++;
			}
			int j = e >>> 3;
			float v = (float) ((sublinear ? 1 + Math.log(tf) : tf) * idf[j]);
			idx[n] = j;
			block[n] = (byte) (e & 7);
			val[n++] = v;
			norms[e & 7] += (double) v * v;
		}
		for (int b = 0; b < norms.length; b++) {
			norms[b] = norms[b] > 0 ? blockWeights[b] / Math.sqrt(norms[b]) : 0;
		}
		for (int i = 0; i < n; i++) {
			val[i] *= (float) norms[block[i]];
		}
		return new Vector(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
	}

	/** The bit of a feature in {@link #known}: high bits of the hash (the low three name its block). */
	private static int knownBit(long hash) {
		return (int) (hash >>> 43);
	}

	public Vector vectorize(Featurizer.Features f) {
		long[] hs = f.hashes();
		int[] idx = new int[hs.length];
		float[] val = new float[hs.length];
		double[] norms = new double[Featurizer.BLOCKS];
		int n = 0;
		for (int i = 0; i < hs.length; i++) {
			int j = index.get(hs[i], -1);
			if (j >= 0) {
				int tf = f.counts()[i];
				float v = (float) ((sublinear ? 1 + Math.log(tf) : tf) * idf[j]);
				idx[n] = j;
				val[n++] = v;
				norms[Featurizer.blockOf(hs[i])] += (double) v * v;
			}
		}
		for (int b = 0; b < norms.length; b++) {
			norms[b] = norms[b] > 0 ? blockWeights[b] / Math.sqrt(norms[b]) : 0;
		}
		for (int i = 0; i < n; i++) {
			val[i] *= (float) norms[Featurizer.blockOf(hashes[idx[i]])];
		}
		// indices follow the hash order of the vocabulary, and the features are sorted by hash: already ascending
		return new Vector(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
	}
}
