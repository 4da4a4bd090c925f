package org.zhili.routing.internal.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures duplicate detection on real messages. The shared data has no duplicate labels, so the reference
 * comes from somewhere the detector never looks: the government's official replies ({@code replies.tsv}).
 * Two messages whose replies are nearly the same text (Jaccard of character trigrams at least
 * {@link #SAME_REPLY}, replies of at least {@link #MIN_REPLY} characters) were answered as one problem: they are
 * a duplicate pair. Every other pair of messages within the time window is not. The detector sees only the
 * messages' titles, bodies and times; the shared messages have no coordinates, so the place test of the
 * product (same grid or community, distance) cannot be measured here and every pair counts as nearby.
 *
 * <p>Replies alike is strict evidence but not complete: the same person posting the same letter twice often got
 * two different replies (two departments answered). Precision is therefore printed twice: against replies
 * alike, and against replies alike or the same requester (a repeated post by one person).
 */
final class DuplicateEvaluation {

	static final double SAME_REPLY = 0.6;
	static final int MIN_REPLY = 80;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss");

	private record Post(String user, String text, String reply, LocalDateTime time) {
	}

	private DuplicateEvaluation() {
	}

	static void run(Path data) {
		List<Post> all = read(data.resolve("replies.tsv"));
		// only messages with a real answer can be judged: a bare "已收悉" says nothing about which problem it was
		List<Post> posts = all.stream().filter(p -> Shingles.of(p.reply(), 3).length >= MIN_REPLY).toList();
		List<long[]> replyShingles = posts.stream().map(p -> Shingles.of(p.reply(), 3)).toList();
		Set<Long> gold = new HashSet<>();
		for (int i = 0; i < posts.size(); i++) {
			for (int j = i + 1; j < posts.size(); j++) {
				if (Shingles.jaccard(replyShingles.get(i), replyShingles.get(j)) >= SAME_REPLY) {
					gold.add((long) i * posts.size() + j);
				}
			}
		}
		List<String> reference = new ArrayList<>(posts.stream().map(Post::text).toList());
		Similarity similarity = Similarity.over(reference);
		List<Similarity.Signature> signatures = posts.stream().map(p -> similarity.signature(p.text())).toList();
		System.out.printf(Locale.ROOT,
				"%d messages with official replies, %d of them with a reply of at least %d characters; %d reference duplicate pairs (replies alike)%n",
				all.size(), posts.size(), MIN_REPLY, gold.size());
		double[] thresholds = { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 };
		for (Duration window : List.of(Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(3650))) {
			int goldInWindow = 0;
			int[] found = new int[thresholds.length], right = new int[thresholds.length], confirmed = new int[thresholds.length];
			for (int i = 0; i < posts.size(); i++) {
				for (int j = i + 1; j < posts.size(); j++) {
					boolean inWindow = Duration.between(posts.get(i).time(), posts.get(j).time()).abs().compareTo(window) <= 0;
					if (!inWindow) {
						continue;
					}
					boolean isGold = gold.contains((long) i * posts.size() + j);
					if (isGold) {
						goldInWindow++;
					}
					double s = Similarity.cosine(signatures.get(i), signatures.get(j));
					for (int t = 0; t < thresholds.length; t++) {
						if (s >= thresholds[t]) {
							found[t]++;
							if (isGold) {
								right[t]++;
							}
							if (isGold || posts.get(i).user().equals(posts.get(j).user())) {
								confirmed[t]++;
							}
						}
					}
				}
			}
			System.out.printf(Locale.ROOT, "window %d days: %d reference pairs inside%n", window.toDays(), goldInWindow);
			for (int t = 0; t < thresholds.length; t++) {
				System.out.printf(Locale.ROOT,
						"  similarity >= %.2f: flagged %4d; recall %.3f; precision %.3f (replies alike), %.3f (replies alike or the same requester)%n",
						thresholds[t], found[t], goldInWindow == 0 ? 0 : (double) right[t] / goldInWindow,
						found[t] == 0 ? 0 : (double) right[t] / found[t], found[t] == 0 ? 0 : (double) confirmed[t] / found[t]);
			}
		}
	}

	private static List<Post> read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Post> posts = new ArrayList<>();
			for (CSVRecord r : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				posts.add(new Post(r.get("user"), r.get("title") + "\n" + r.get("body"), r.get("reply"),
						LocalDateTime.parse(r.get("time").strip(), TIME)));
			}
			return posts;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}
}
