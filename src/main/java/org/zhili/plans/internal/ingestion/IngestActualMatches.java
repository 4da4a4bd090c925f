package org.zhili.plans.internal.ingestion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For each result a document reports (a news item's 已整改27处, a speech's 新增市场主体1.6万户), the target of a
 * published plan it can serve as the actual of: same unit, same year, and an indicator naming the same thing
 * (one name inside the other, or a long enough common part once the verbs of counting are set aside). The reviewer
 * records it with the targets' own actuals endpoint; nothing is recorded without them.
 */
@Service
public class IngestActualMatches {

	/** A target a result can be the actual of. */
	public record Match(String itemKey, long targetId, long planId, String planTitle, String indicator,
			BigDecimal target, String unit, int period, double similarity) {
	}

	/** Counting verbs and scope words that say nothing of what is counted. */
	private static final Pattern NOISE = Pattern.compile("新增|新建|建成|完成|累计|共计|共|全区|全年|年内|实现|达到|提升|改造|开展|已|的");
	/** Least similarity (common part over the longer name) for a match. */
	private static final double LEAST = 0.5;

	private final IngestService ingest;
	private final JdbcClient jdbc;

	IngestActualMatches(IngestService ingest, JdbcClient jdbc) {
		this.ingest = ingest;
		this.jdbc = jdbc;
	}

	/** The best target for each result of draft {@code draftId} that has one, by item key. */
	@Transactional(readOnly = true)
	public List<Match> matches(long draftId) {
		DraftPlan d = ingest.draft(draftId).draft();
		List<DraftPlan.Item> results = (d.items() == null ? List.<DraftPlan.Item>of() : d.items()).stream()
			.filter(i -> i.kind() == ItemKind.ACTUAL && i.unit() != null && i.year() != null).toList();
		if (results.isEmpty()) {
			return List.of();
		}
		Set<String> units = new TreeSet<>();
		Set<Integer> years = new TreeSet<>();
		results.forEach(i -> {
			units.add(i.unit());
			years.add(i.year());
		});
		record Target(long id, long planId, String planTitle, String indicator, BigDecimal value, String unit,
				int period) {
		}
		List<Target> targets = jdbc.sql("""
				select t.id, t.plan_id, p.title, t.indicator, t.value, t.unit, t.period
				from plans.target t join plans.plan p on p.id = t.plan_id
				where t.unit in (:units) and t.period in (:years) and (p.draft_id is null or p.draft_id <> :draft)
				order by t.id""")
			.param("units", new ArrayList<>(units)).param("years", new ArrayList<>(years)).param("draft", draftId)
			.query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"),
					rs.getString("indicator"), rs.getBigDecimal("value"), rs.getString("unit"), rs.getInt("period")))
			.list();
		Map<String, Match> best = new LinkedHashMap<>();
		for (DraftPlan.Item i : results) {
			for (Target t : targets) {
				if (!t.unit().equals(i.unit()) || t.period() != i.year()) {
					continue;
				}
				double s = similarity(i.title(), t.indicator());
				Match m = best.get(i.key());
				if (s >= LEAST && (m == null || s > m.similarity())) {
					best.put(i.key(), new Match(i.key(), t.id(), t.planId(), t.planTitle(), t.indicator(), t.value(),
							t.unit(), t.period(), Math.round(s * 100) / 100.0));
				}
			}
		}
		return List.copyOf(best.values());
	}

	/** The longest common part of the two names, over the longer, once counting verbs are set aside. */
	static double similarity(String a, String b) {
		String x = NOISE.matcher(a == null ? "" : a).replaceAll("");
		String y = NOISE.matcher(b == null ? "" : b).replaceAll("");
		if (x.length() < 2 || y.length() < 2) {
			return 0;
		}
		if (x.contains(y) || y.contains(x)) {
			return 1;
		}
		int longest = 0;
		int[] prev = new int[y.length() + 1];
		for (int i = 1; i <= x.length(); i++) {
			int[] cur = new int[y.length() + 1];
			for (int j = 1; j <= y.length(); j++) {
				if (x.charAt(i - 1) == y.charAt(j - 1)) {
					cur[j] = prev[j - 1] + 1;
					longest = Math.max(longest, cur[j]);
				}
			}
			prev = cur;
		}
		return (double) longest / Math.max(x.length(), y.length());
	}
}
