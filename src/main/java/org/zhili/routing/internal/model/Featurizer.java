package org.zhili.routing.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Turns a text into hashed features: HanLP words (unigrams and adjacent pairs), the words of the title on
 * their own, and character n-grams. Words come from HanLP's dictionary segmenter (longest match on its
 * core dictionary, about 10 M characters a second) — the statistical segmenters are ten times slower and
 * measured no better here. Each feature is a 64-bit hash whose lowest three bits name its block.
 */
public final class Featurizer {

	/** Feature blocks; each is normalised on its own before the blocks are weighted. */
	public static final int WORD = 1, PAIR = 2, TITLE = 3, CHAR = 4, BLOCKS = 5;

	/**
	 * @param charMin shortest character n-gram
	 * @param charMax longest character n-gram
	 * @param pairs whether adjacent word pairs are features
	 * @param title whether title words are a block of their own
	 * @param maxChars texts are cut to this many characters before anything else
	 */
	public record Config(int charMin, int charMax, boolean pairs, boolean title, int maxChars) {
	}

	/**
	 * The features of one text, sorted by hash.
	 *
	 * @param hashes distinct feature hashes, ascending
	 * @param counts how often each occurs
	 * @param words the word each word-block hash stands for (only when asked for, else empty)
	 * @param truncated whether the text was cut to {@link Config#maxChars}
	 */
	public record Features(long[] hashes, int[] counts, Map<Long, String> words, boolean truncated) {
	}

	private static final ThreadLocal<Segment> SEGMENT = ThreadLocal
		.withInitial(() -> new DoubleArrayTrieSegment().enablePartOfSpeechTagging(false));

	private final Config config;

	public Featurizer(Config config) {
		this.config = config;
	}

	public Config config() {
		return config;
	}

	/**
	 * The raw features of a text, in text order with repeats: what {@link #extract} sorts and counts, and what
	 * prediction maps straight onto the model's vocabulary (features it does not know are dropped before any sort).
	 *
	 * @param hashes the feature hashes, the first {@code size} of them in use
	 * @param words the word each word-block hash stands for (only when asked for, else empty)
	 */
	public record Raw(long[] hashes, int size, Map<Long, String> words, boolean truncated) {
	}

	/** Features of a title and a text (the text usually starts with the title). */
	public Features extract(String title, String text, boolean keepWords) {
		Raw raw = raw(title, text, keepWords);
		long[] all = Arrays.copyOf(raw.hashes(), raw.size());
		Arrays.sort(all);
		int distinct = 0;
		int[] counts = new int[all.length];
		for (int i = 0; i < all.length; i++) {
			if (distinct > 0 && all[distinct - 1] == all[i]) {
				counts[distinct - 1]++;
			}
			else {
				all[distinct] = all[i];
				counts[distinct++] = 1;
			}
		}
		return new Features(Arrays.copyOf(all, distinct), Arrays.copyOf(counts, distinct), raw.words(), raw.truncated());
	}

	/** The features of a title and a text, unsorted and with repeats. */
	public Raw raw(String title, String text, boolean keepWords) {
		String raw = text == null ? "" : text;
		boolean truncated = raw.length() > config.maxChars();
		String body = Normalizer.normalize(truncated ? raw.substring(0, config.maxChars()) : raw);
		LongBuffer out = new LongBuffer(body.length() * (config.charMax() - config.charMin() + 2) + 64);
		Map<Long, String> words = keepWords ? new HashMap<>() : Map.of();
		List<String> tokens = words(body);
		long previous = 0;
		for (String w : tokens) {
			long h = tag(hash(w, 0, w.length(), 0x9E3779B97F4A7C15L), WORD);
			out.add(h);
			if (keepWords) {
				words.putIfAbsent(h, w);
			}
			if (config.pairs() && previous != 0) {
				out.add(tag(mix(previous * 0x100000001B3L + h), PAIR));
			}
			previous = h;
		}
		if (config.title() && title != null && !title.isBlank()) {
			for (String w : words(Normalizer.normalize(title))) {
				long h = tag(hash(w, 0, w.length(), 0xC2B2AE3D27D4EB4FL), TITLE);
				out.add(h);
				if (keepWords) {
					words.putIfAbsent(h, w);
				}
			}
		}
		charGrams(body, out);
		return new Raw(out.values, out.size, words, truncated);
	}

	/** The words of a normalised text, without spaces and punctuation. */
	public static List<String> words(String normalized) {
		List<Term> terms = SEGMENT.get().seg(normalized);
		List<String> words = new ArrayList<>(terms.size());
		for (Term t : terms) {
			String w = t.word;
			for (int i = 0; i < w.length(); i++) {
				if (Normalizer.isContent(w.charAt(i))) {
					words.add(w);
					break;
				}
			}
		}
		return words;
	}

	private void charGrams(String s, LongBuffer out) {
		int n = s.length();
		int runStart = 0;
		for (int i = 0; i <= n; i++) {
			if (i == n || !Normalizer.isContent(s.charAt(i))) {
				for (int start = runStart; start < i; start++) {
					for (int len = config.charMin(); len <= config.charMax() && start + len <= i; len++) {
						out.add(tag(hash(s, start, start + len, 0xFF51AFD7ED558CCDL), CHAR));
					}
				}
				runStart = i + 1;
			}
		}
	}

	/** FNV-1a over UTF-16 units, finished with a 64-bit mix. */
	static long hash(CharSequence s, int from, int to, long seed) {
		long h = 0xCBF29CE484222325L ^ seed;
		for (int i = from; i < to; i++) {
			h ^= s.charAt(i);
			h *= 0x100000001B3L;
		}
		return mix(h);
	}

	static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
		z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return z ^ (z >>> 33);
	}

	private static long tag(long hash, int block) {
		return (hash & ~7L) | block;
	}

	public static int blockOf(long hash) {
		return (int) (hash & 7L);
	}

	/** A growable array of longs. */
	private static final class LongBuffer {

		private long[] values;
		private int size;

		LongBuffer(int capacity) {
			values = new long[Math.max(16, capacity)];
		}

		void add(long v) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = v;
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
