package org.zhili.routing.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed development split of the labelled messages: near-duplicates (the same letter posted again,
 * edited or re-tokenised) are grouped first and every group goes to one side, so that the development
 * figures are not flattered by messages the model has seen in another form.
 *
 * <p>Two messages are grouped when the Jaccard similarity of their character-trigram sets is at least
 * {@link #SAME_LETTER} (candidates found by MinHash LSH), or when their titles are the same (at least
 * {@link #MIN_TITLE} characters) and they still share a quarter of their trigrams. Groups are then ordered by
 * a seeded hash and taken into the development side, label by label, until it holds {@code share} of each
 * label's messages.
 */
public final class DevSplit {

	public static final double SAME_LETTER = 0.5;
	public static final int MIN_TITLE = 8;
	public static final long SEED = 20260522L;

	/** Both sides, in the corpus's order; {@code groups} is the number of near-duplicate groups found. */
	public record Split(List<Message> train, List<Message> dev, int groups, int groupedMessages) {
	}

	private DevSplit() {
	}

	public static Split split(List<Message> messages, double share) {
		int[] group = groups(messages);
		Map<Integer, List<Integer>> members = new LinkedHashMap<>();
		for (int i = 0; i < messages.size(); i++) {
			members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
		}
		int grouped = 0;
		for (List<Integer> m : members.values()) {
			if (m.size() > 1) {
				grouped += m.size();
			}
		}
		Map<String, Integer> totals = new HashMap<>();
		messages.forEach(m -> totals.merge(m.label(), 1, Integer::sum));
		List<List<Integer>> ordered = new ArrayList<>(members.values());
		ordered.sort(Comparator.comparingLong(
				(List<Integer> m) -> Featurizer.mix(SEED ^ Featurizer.hash(messages.get(m.get(0)).id(), 0,
						messages.get(m.get(0)).id().length(), SEED)))
			.thenComparing(m -> messages.get(m.get(0)).id()));
		Map<String, Integer> taken = new HashMap<>();
		boolean[] dev = new boolean[messages.size()];
		for (List<Integer> m : ordered) {
			String label = majority(messages, m);
			int want = (int) Math.round(totals.get(label) * share);
			if (taken.getOrDefault(label, 0) < want) {
				taken.merge(label, m.size(), Integer::sum);
				m.forEach(i -> dev[i] = true);
			}
		}
		List<Message> train = new ArrayList<>();
		List<Message> held = new ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			(dev[i] ? held : train).add(messages.get(i));
		}
		return new Split(train, held, (int) members.values().stream().filter(m -> m.size() > 1).count(), grouped);
	}

	/** A group number per message: near-duplicates share one. */
	static int[] groups(List<Message> messages) {
		int n = messages.size();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		List<long[]> shingles = new ArrayList<>(n);
		Map<Long, List<Integer>> buckets = new HashMap<>();
		Map<String, List<Integer>> titles = new HashMap<>();
		for (int i = 0; i < n; i++) {
			long[] s = Shingles.of(messages.get(i).text(), 3);
			shingles.add(s);
			long[] sketch = Shingles.minHash(s);
			for (int b = 0; b < Shingles.BANDS; b++) {
				buckets.computeIfAbsent(Shingles.band(sketch, b), k -> new ArrayList<>()).add(i);
			}
			String title = contentOf(messages.get(i).title());
			if (title.length() >= MIN_TITLE) {
				titles.computeIfAbsent(title, k -> new ArrayList<>()).add(i);
			}
		}
		for (List<Integer> bucket : buckets.values()) {
			for (int a = 0; a < bucket.size(); a++) {
				for (int b = a + 1; b < bucket.size(); b++) {
					int x = bucket.get(a), y = bucket.get(b);
					if (find(parent, x) != find(parent, y)
							&& Shingles.jaccard(shingles.get(x), shingles.get(y)) >= SAME_LETTER) {
						union(parent, x, y);
					}
				}
			}
		}
		for (List<Integer> same : titles.values()) {
			for (int a = 0; a < same.size(); a++) {
				for (int b = a + 1; b < same.size(); b++) {
					int x = same.get(a), y = same.get(b);
					if (find(parent, x) != find(parent, y) && Shingles.jaccard(shingles.get(x), shingles.get(y)) >= 0.25) {
						union(parent, x, y);
					}
				}
			}
		}
		int[] group = new int[n];
		for (int i = 0; i < n; i++) {
			group[i] = find(parent, i);
		}
		return group;
	}

	private static String majority(List<Message> messages, List<Integer> members) {
		Map<String, Integer> votes = new HashMap<>();
		members.forEach(i -> votes.merge(messages.get(i).label(), 1, Integer::sum));
		return votes.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.orElseThrow()
			.getKey();
	}

	private static String contentOf(String s) {
		String n = Normalizer.normalize(s);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < n.length(); i++) {
			if (Normalizer.isContent(n.charAt(i))) {
				out.append(n.charAt(i));
			}
		}
		return out.toString();
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		int ra = find(parent, a), rb = find(parent, b);
		if (ra != rb) {
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	}
}
