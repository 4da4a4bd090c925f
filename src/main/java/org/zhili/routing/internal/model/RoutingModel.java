package org.zhili.routing.internal.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained routing classifier: the feature recipe, the vocabulary with its idf, and an ensemble of
 * calibrated linear heads. Immutable and safe to share between threads.
 */
public final class RoutingModel {

	private static final int MAGIC = 0x5A48524D; // "ZHRM"
	private static final int FORMAT = 1;

	/**
	 * What the model says about one text.
	 *
	 * @param probabilities one per label, in the model's label order
	 * @param ranked label indices, most probable first
	 * @param terms the words that weighed most for the top label, heaviest first
	 * @param truncated whether the text was cut before it was read
	 */
	public record Prediction(double[] probabilities, int[] ranked, List<String> terms, boolean truncated) {

		public int best() {
			return ranked[0];
		}

		public double confidence() {
			return probabilities[ranked[0]];
		}
	}

	/**
	 * Where the model came from.
	 *
	 * @param version e.g. {@code 2026.05-1}
	 * @param recipe the recipe's name
	 * @param trainedAt when
	 * @param examples how many labelled texts it learnt from
	 * @param note anything else worth showing (the data it was trained on)
	 */
	public record Info(String version, String recipe, Instant trainedAt, int examples, String note) {
	}

	private final Info info;
	private final List<String> labels;
	private final Featurizer featurizer;
	private final Vectorizer vectorizer;
	private final List<LinearHead> heads;
	private final double[] headWeights;

	public RoutingModel(Info info, List<String> labels, Featurizer.Config features, Vectorizer vectorizer,
			List<LinearHead> heads, double[] headWeights) {
		this.info = info;
		this.labels = List.copyOf(labels);
		this.featurizer = new Featurizer(features);
		this.vectorizer = vectorizer;
		this.heads = List.copyOf(heads);
		this.headWeights = headWeights.clone();
	}

	public Info info() {
		return info;
	}

	public List<String> labels() {
		return labels;
	}

	public int features() {
		return vectorizer.size();
	}

	public Featurizer featurizer() {
		return featurizer;
	}

	public List<LinearHead> heads() {
		return heads;
	}

	/** Roughly what the model holds in memory: vocabulary, its index, idf and the weights. */
	public long memoryBytes() {
		long n = vectorizer.size();
		long indexSlots = Integer.highestOneBit((int) Math.max(16, n * 2) - 1) << 1;
		long bytes = n * 8 + n * 4 + indexSlots * 12;
		for (LinearHead h : heads) {
			bytes += h.weights().length * 4L + h.bias().length * 4L;
		}
		return bytes;
	}

	/** SHA-256 of the vocabulary and weights: equal for equal training runs. */
	public String fingerprint() {
		java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(vectorizer.size() * 12
				+ heads.stream().mapToInt(h -> (h.weights().length + h.bias().length) * 4).sum());
		for (long h : vectorizer.hashes()) {
			buffer.putLong(h);
		}
		for (float v : vectorizer.idf()) {
			buffer.putFloat(v);
		}
		for (LinearHead h : heads) {
			for (float w : h.weights()) {
				buffer.putFloat(w);
			}
			for (float b : h.bias()) {
				buffer.putFloat(b);
			}
		}
		return ModelCommand.sha256(buffer.array()).substring(0, 16);
	}

	public Prediction predict(String title, String text, int terms) {
		Featurizer.Raw raw = featurizer.raw(title, text, terms > 0);
		return predict(vectorizer.vectorize(raw), raw.words(), raw.truncated(), terms);
	}

	public Prediction predict(Featurizer.Features f, int terms) {
		return predict(vectorizer.vectorize(f), f.words(), f.truncated(), terms);
	}

	private Prediction predict(Vectorizer.Vector x, Map<Long, String> words, boolean truncated, int terms) {
		double[] p = new double[labels.size()];
		double total = 0;
		double[][] scores = new double[heads.size()][];
		for (int h = 0; h < heads.size(); h++) {
			LinearHead head = heads.get(h);
			scores[h] = head.scores(x);
			double[] q = LinearHead.softmax(scores[h], head.temperature());
			for (int k = 0; k < p.length; k++) {
				p[k] += headWeights[h] * q[k];
			}
			total += headWeights[h];
		}
		for (int k = 0; k < p.length; k++) {
			p[k] /= total;
		}
		Integer[] order = new Integer[p.length];
		for (int k = 0; k < p.length; k++) {
			order[k] = k;
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -p[k]).thenComparingInt(k -> k));
		int[] ranked = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
		List<String> top = terms > 0 ? terms(words, x, ranked[0], terms) : List.of();
		return new Prediction(p, ranked, top, truncated);
	}

	/** Words (not character n-grams) by their weighted contribution to one label's score, summed over heads. */
	private List<String> terms(Map<Long, String> words, Vectorizer.Vector x, int label, int limit) {
		Map<String, Double> byWord = new HashMap<>();
		// From the text's words (a few dozen) to their place in the vector, not from the vector's many n-grams.
		for (Map.Entry<Long, String> w : words.entrySet()) {
			String word = w.getValue();
			int j = word.length() < 2 ? -1 : vectorizer.indexOf(w.getKey());
			int i = j < 0 ? -1 : Arrays.binarySearch(x.indices(), j);
			if (i < 0) {
				continue;
			}
			double contribution = 0;
			for (int h = 0; h < heads.size(); h++) {
				LinearHead head = heads.get(h);
				int k = head.classes();
				// how much more this feature says for the label than for the average label
				double mean = 0;
				for (int c = 0; c < k; c++) {
					mean += head.weights()[j * k + c];
				}
				mean /= k;
				contribution += headWeights[h] * head.temperature() * x.values()[i]
						* (head.weights()[j * k + label] - mean);
			}
			byWord.merge(word, contribution, Double::sum);
		}
		List<Map.Entry<String, Double>> entries = new ArrayList<>(byWord.entrySet());
		entries.removeIf(e -> e.getValue() <= 0);
		entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
		return entries.stream().limit(limit).map(Map.Entry::getKey).toList();
	}

	// ---- storage: a small gzipped binary, versioned by its header ------------------------------------

	public void write(OutputStream target) {
		try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target, 1 << 16))) {
			out.writeInt(MAGIC);
			out.writeInt(FORMAT);
			out.writeUTF(info.version());
			out.writeUTF(info.recipe());
			out.writeLong(info.trainedAt().toEpochMilli());
			out.writeInt(info.examples());
			out.writeUTF(info.note());
			out.writeInt(labels.size());
			for (String l : labels) {
				out.writeUTF(l);
			}
			Featurizer.Config c = featurizer.config();
			out.writeInt(c.charMin());
			out.writeInt(c.charMax());
			out.writeBoolean(c.pairs());
			out.writeBoolean(c.title());
			out.writeInt(c.maxChars());
			out.writeBoolean(vectorizer.sublinear());
			float[] blocks = vectorizer.blockWeights();
			out.writeInt(blocks.length);
			for (float b : blocks) {
				out.writeFloat(b);
			}
			long[] hashes = vectorizer.hashes();
			out.writeInt(hashes.length);
			for (long h : hashes) {
				out.writeLong(h);
			}
			for (float v : vectorizer.idf()) {
				out.writeFloat(v);
			}
			out.writeInt(heads.size());
			for (int h = 0; h < heads.size(); h++) {
				LinearHead head = heads.get(h);
				out.writeUTF(head.solver());
				out.writeDouble(head.cost());
				out.writeDouble(headWeights[h]);
				out.writeFloat(head.temperature());
				for (float b : head.bias()) {
					out.writeFloat(b);
				}
				for (float w : head.weights()) {
					out.writeFloat(w);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the routing model", e);
		}
	}

	public static RoutingModel read(InputStream source) {
		try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16)))) {
			if (in.readInt() != MAGIC) {
				throw new IOException("not a zhili routing model");
			}
			int format = in.readInt();
			if (format != FORMAT) {
				throw new IOException("routing model format " + format + " is not supported (expected " + FORMAT + ")");
			}
			Info info = new Info(in.readUTF(), in.readUTF(), Instant.ofEpochMilli(in.readLong()), in.readInt(), in.readUTF());
			int k = in.readInt();
			List<String> labels = new ArrayList<>();
			for (int i = 0; i < k; i++) {
				labels.add(in.readUTF());
			}
			Featurizer.Config config = new Featurizer.Config(in.readInt(), in.readInt(), in.readBoolean(), in.readBoolean(),
					in.readInt());
			boolean sublinear = in.readBoolean();
			float[] blocks = new float[in.readInt()];
			for (int i = 0; i < blocks.length; i++) {
				blocks[i] = in.readFloat();
			}
			int n = in.readInt();
			long[] hashes = new long[n];
			for (int i = 0; i < n; i++) {
				hashes[i] = in.readLong();
			}
			float[] idf = new float[n];
			for (int i = 0; i < n; i++) {
				idf[i] = in.readFloat();
			}
			int headCount = in.readInt();
			List<LinearHead> heads = new ArrayList<>();
			double[] weights = new double[headCount];
			for (int h = 0; h < headCount; h++) {
				String solver = in.readUTF();
				double cost = in.readDouble();
				weights[h] = in.readDouble();
				float temperature = in.readFloat();
				float[] bias = new float[k];
				for (int i = 0; i < k; i++) {
					bias[i] = in.readFloat();
				}
				float[] w = new float[n * k];
				for (int i = 0; i < w.length; i++) {
					w[i] = in.readFloat();
				}
				heads.add(new LinearHead(solver, cost, w, bias, temperature));
			}
			return new RoutingModel(info, labels, config, new Vectorizer(hashes, idf, blocks, sublinear), heads, weights);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the routing model", e);
		}
	}
}
