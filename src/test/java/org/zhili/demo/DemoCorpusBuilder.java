package org.zhili.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the bundled demo corpus {@code seed/cases/demo/messages.tsv.gz} from the real citizen messages of
 * {@code shared/data/citizen-messages} (TipDM Cup 2020, problem C): every message of {@code replies.tsv} with
 * the government's real reply, and a stride of the labelled messages of {@code train.tsv}. Texts are cut at
 * a sentence end to fit the case fields; the anonymised place names are mapped by {@link PlaceNames} when the
 * demo cases are generated, not here. Messages of {@code replies.tsv} carry no label: they get the first-level
 * class a character-bigram naive Bayes model trained on {@code train.tsv} finds most likely.
 *
 * <p>Run with the JDK alone (no dependencies), from the project directory:
 * <pre>java src/test/java/org/zhili/demo/DemoCorpusBuilder.java ../shared/data/citizen-messages \
 *      src/main/resources/seed/cases/demo/messages.tsv.gz</pre>
 * The output is deterministic: the same input gives the same file.
 */
public final class DemoCorpusBuilder {

	static final int LABELLED = 4_000;
	static final int MAX_BODY = 1_200;
	static final int MAX_REPLY = 1_500;
	static final int MAX_TITLE = 60;

	public static void main(String[] args) throws IOException {
		Path source = Path.of(args.length > 0 ? args[0] : "../shared/data/citizen-messages");
		Path target = Path.of(args.length > 1 ? args[1] : "src/main/resources/seed/cases/demo/messages.tsv.gz");
		List<Map<String, String>> train = read(source.resolve("train.tsv"));
		List<Map<String, String>> replies = read(source.resolve("replies.tsv"));
		Bayes bayes = new Bayes();
		for (Map<String, String> row : train) {
			bayes.learn(row.get("label"), row.get("title") + row.get("body"));
		}
		Files.createDirectories(target.getParent());
		int written = 0;
		try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)),
				StandardCharsets.UTF_8)) {
			out.write("kind\tlabel\ttitle\tbody\treply\n");
			for (Map<String, String> row : replies) {
				String body = cut(row.get("body"), MAX_BODY);
				String reply = cut(row.get("reply"), MAX_REPLY);
				if (body.length() < 10 || reply.length() < 30) {
					continue;
				}
				String label = bayes.classify(row.get("title") + row.get("body"));
				written += line(out, "R", label, title(row.get("title")), body, reply);
			}
			List<Map<String, String>> withBody = train.stream().filter(r -> r.get("body").strip().length() >= 20).toList();
			double stride = Math.max(1.0, withBody.size() / (double) LABELLED);
			for (double i = 0; i < withBody.size() && (int) (i / stride) < LABELLED; i += stride) {
				Map<String, String> row = withBody.get((int) i);
				written += line(out, "M", row.get("label"), title(row.get("title")), cut(row.get("body"), MAX_BODY), "");
			}
		}
		System.out.println("wrote " + written + " messages to " + target + " (" + Files.size(target) / 1024 + " KiB)");
	}

	private static int line(Writer out, String kind, String label, String title, String body, String reply)
			throws IOException {
		out.write(String.join("\t", kind, label, escape(title), escape(body), escape(reply)));
		out.write('\n');
		return 1;
	}

	/** Tabs, newlines and backslashes escaped, as {@code \t}, {@code \n}, {@code \\}. */
	static String escape(String s) {
		return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n");
	}

	private static String title(String title) {
		String t = title.strip().replaceAll("\\s+", " ");
		return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1) + "…";
	}

	/** At most {@code max} characters, ending at the last sentence end that fits when the text is longer. */
	static String cut(String text, int max) {
		String t = text.strip().replace("\r", "").replaceAll("\n{2,}", "\n");
		if (t.length() <= max) {
			return t;
		}
		String head = t.substring(0, max);
		int end = Math.max(head.lastIndexOf('。'), Math.max(head.lastIndexOf('！'), head.lastIndexOf('？')));
		return end > max / 2 ? head.substring(0, end + 1) : head.substring(0, max - 1) + "…";
	}

	/** A tab-separated file with a header row, double-quoted fields that may hold tabs, newlines and "" quotes. */
	static List<Map<String, String>> read(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> header = null;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean atStart = true;
			int c;
			while ((c = in.read()) != -1) {
				char ch = (char) c;
				if (quoted) {
					if (ch == '"') {
						in.mark(1);
						int next = in.read();
						if (next == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							if (next != -1) {
								in.reset();
							}
						}
					}
					else {
						field.append(ch);
					}
					continue;
				}
				if (ch == '"' && atStart) {
					quoted = true;
					atStart = false;
				}
				else if (ch == '\t') {
					fields.add(field.toString());
					field.setLength(0);
					atStart = true;
				}
				else if (ch == '\n') {
					fields.add(field.toString());
					field.setLength(0);
					atStart = true;
					if (header == null) {
						header = List.copyOf(fields);
					}
					else if (fields.size() == header.size()) {
						Map<String, String> row = new LinkedHashMap<>();
						for (int i = 0; i < header.size(); i++) {
							row.put(header.get(i), fields.get(i));
						}
						rows.add(row);
					}
					fields.clear();
				}
				else if (ch != '\r') {
					field.append(ch);
					atStart = false;
				}
			}
		}
		return rows;
	}

	/** Multinomial naive Bayes over character bigrams, with add-one smoothing. */
	static final class Bayes {

		private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		private final Map<String, Integer> totals = new HashMap<>();
		private final Map<String, Integer> documents = new HashMap<>();
		private final Map<String, Boolean> vocabulary = new HashMap<>();
		private int allDocuments;

		void learn(String label, String text) {
			Map<String, Integer> c = counts.computeIfAbsent(label, l -> new HashMap<>());
			for (String g : bigrams(text)) {
				c.merge(g, 1, Integer::sum);
				totals.merge(label, 1, Integer::sum);
				vocabulary.put(g, true);
			}
			documents.merge(label, 1, Integer::sum);
			allDocuments++;
		}

		String classify(String text) {
			List<String> grams = bigrams(text);
			String best = null;
			double bestScore = Double.NEGATIVE_INFINITY;
			for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
				String label = e.getKey();
				double denominator = totals.getOrDefault(label, 0) + vocabulary.size();
				double score = Math.log(documents.get(label) / (double) allDocuments);
				for (String g : grams) {
					score += Math.log((e.getValue().getOrDefault(g, 0) + 1) / denominator);
				}
				if (score > bestScore) {
					bestScore = score;
					best = label;
				}
			}
			return best;
		}

		private static List<String> bigrams(String text) {
			String t = text.replaceAll("[\\sA-Za-z0-9，。、！？：；（）“”《》,.!?:;()\"]+", "|");
			List<String> grams = new ArrayList<>();
			for (int i = 0; i + 1 < t.length(); i++) {
				if (t.charAt(i) != '|' && t.charAt(i + 1) != '|') {
					grams.add(t.substring(i, i + 2));
				}
			}
			return grams;
		}
	}
}
