package org.zhili.inspection.internal.draws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.springframework.stereotype.Component;
import org.zhili.cases.CaseDirectory;
import org.zhili.inspection.Subjects;

/**
 * Risk from what residents report: 12345 complaints and reports of the last months matched to a subject — by the
 * 统一社会信用代码 an enterprise request named or a text quotes, or by the subject's full name in the text where the
 * case lies in the subject's street — each add a step to its weight in the draw, up to the task's cap (SS-1 (3):
 * raise the ratio for subjects with many complaints).
 */
@Component
class RiskWeights {

	/** Shorter names (a bare brand) match too much prose to be taken as the subject. */
	static final int SHORTEST_NAME = 4;
	private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NP-RTUWXY]{18}");
	private static final int NUMBERS_SHOWN = 3;

	/** A subject's weight and why, for the draw record. */
	record Weight(int weight, String reason) {
	}

	private final CaseDirectory cases;

	RiskWeights(CaseDirectory cases) {
		this.cases = cases;
	}

	/** The weights of subjects complained about since {@code since}; a subject not in the answer keeps 100. */
	Map<Long, Weight> weigh(List<Subjects.Subject> subjects, Instant since, int step, int cap) {
		if (step == 0 || subjects.isEmpty()) {
			return Map.of();
		}
		Map<String, Subjects.Subject> byCode = new HashMap<>();
		TreeMap<String, List<Subjects.Subject>> byName = new TreeMap<>();
		for (Subjects.Subject s : subjects) {
			byCode.put(s.creditCode(), s);
			if (s.name().length() >= SHORTEST_NAME) {
				byName.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s);
			}
		}
		AhoCorasickDoubleArrayTrie<List<Subjects.Subject>> names = new AhoCorasickDoubleArrayTrie<>();
		if (!byName.isEmpty()) {
			names.build(byName);
		}
		Map<Long, List<String>> matched = new HashMap<>();
		cases.forEachComplaint(since, complaint -> {
			Set<Long> about = new LinkedHashSet<>();
			String text = (complaint.title() == null ? "" : complaint.title()) + "\n" + complaint.description();
			if (complaint.creditCode() != null && byCode.containsKey(complaint.creditCode())) {
				about.add(byCode.get(complaint.creditCode()).id());
			}
			Matcher codes = CREDIT_CODE.matcher(text);
			while (codes.find()) {
				Subjects.Subject s = byCode.get(codes.group());
				if (s != null) {
					about.add(s.id());
				}
			}
			if (!byName.isEmpty()) {
				names.parseText(text, (begin, end, found) -> found.stream()
					.filter(s -> complaint.streetCode() == null || s.streetCode() == null
							|| complaint.streetCode().equals(s.streetCode()))
					.forEach(s -> about.add(s.id())));
			}
			about.forEach(id -> matched.computeIfAbsent(id, k -> new ArrayList<>()).add(complaint.trackingNumber()));
		});
		Map<Long, Weight> weights = new HashMap<>();
		matched.forEach((id, numbers) -> {
			int weight = (int) Math.min(cap, 100L + (long) step * numbers.size());
			String shown = String.join("、", numbers.subList(0, Math.min(NUMBERS_SHOWN, numbers.size())))
					+ (numbers.size() > NUMBERS_SHOWN ? "等" : "");
			weights.put(id, new Weight(weight, "近期投诉举报" + numbers.size() + "件（" + shown + "），权重" + weight
					+ (weight == cap ? "（已达上限）" : "")));
		});
		return weights;
	}

	static Instant windowStart(Instant now, int months) {
		return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
	}
}
