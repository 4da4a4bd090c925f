package org.zhili.opinion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.springframework.stereotype.Component;
import org.zhili.opinion.SignalSentiment;

/**
 * A sentiment suggested from a text's words (the analyst decides): every negative word found counts −1, every
 * positive one +1, turned around when a negation stands right before it (不满意 is not 满意); below zero is 负面,
 * above is 正面. Words are found with HanLP's Aho–Corasick trie, longest first where they overlap.
 */
@Component
class SentimentLexicon {

	/** What the lexicon found in a text. */
	record Reading(SignalSentiment sentiment, int score, List<String> words) {
	}

	private final AhoCorasickDoubleArrayTrie<Integer> words = new AhoCorasickDoubleArrayTrie<>();
	private final List<String> negations;

	SentimentLexicon(OpinionProperties properties) {
		TreeMap<String, Integer> map = new TreeMap<>();
		properties.lexicon().positive().forEach(w -> map.put(w, 1));
		properties.lexicon().negative().forEach(w -> map.put(w, -1));
		if (map.isEmpty()) {
			map.put("\u0000", 0);
		}
		words.build(map);
		negations = properties.lexicon().negations();
	}

	Reading read(String text) {
		if (text == null || text.isBlank()) {
			return new Reading(SignalSentiment.NEUTRAL, 0, List.of());
		}
		List<AhoCorasickDoubleArrayTrie<Integer>.Hit<Integer>> hits = new ArrayList<>(words.parseText(text));
		// longest first at each start, then drop hits inside an earlier, longer one
		hits.sort((a, b) -> a.begin != b.begin ? Integer.compare(a.begin, b.begin) : Integer.compare(b.end, a.end));
		int score = 0;
		int covered = -1;
		List<String> found = new ArrayList<>();
		for (AhoCorasickDoubleArrayTrie<Integer>.Hit<Integer> hit : hits) {
			if (hit.begin < covered || hit.value == 0) {
				continue;
			}
			covered = hit.end;
			String word = text.substring(hit.begin, hit.end);
			int value = negated(text, hit.begin) ? -hit.value : hit.value;
			score += value;
			found.add(value < 0 && hit.value > 0 ? "不" + word : word);
		}
		SignalSentiment sentiment = score < 0 ? SignalSentiment.NEGATIVE
				: score > 0 ? SignalSentiment.POSITIVE : SignalSentiment.NEUTRAL;
		// each occurrence counts; each word is named once
		return new Reading(sentiment, score, List.copyOf(new java.util.LinkedHashSet<>(found)));
	}

	private boolean negated(String text, int begin) {
		for (String n : negations) {
			if (begin >= n.length() && text.startsWith(n, begin - n.length())) {
				return true;
			}
		}
		return false;
	}
}
