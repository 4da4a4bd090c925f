package org.zhili.opinion.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.opinion.SignalClosure;
import org.zhili.opinion.SignalSentiment;
import org.zhili.platform.ChinaTime;

/**
 * The figures of a period's signals (by first sighting): how many from each source, of each sentiment, with each
 * outcome, and the median hours from registration to 研判 and from assignment to the unit's finding.
 */
@Service
@Transactional(readOnly = true)
class SignalFigures {

	/** One row of a breakdown: its code, what people read, how many. */
	record Count(String code, String label, long count) {
	}

	/**
	 * @param medianTriageHours registration → 研判 (assignment, closure or conversion), or {@code null} with none
	 * @param medianVerifyHours assignment → finding, or {@code null} with none
	 */
	record Figures(LocalDate from, LocalDate to, long total, List<Count> bySource, List<Count> bySentiment,
			List<Count> byOutcome, Double medianTriageHours, Double medianVerifyHours, long published) {
	}

	private final JdbcClient jdbc;
	private final SignalAccess access;
	private final OpinionProperties properties;

	SignalFigures(JdbcClient jdbc, SignalAccess access, OpinionProperties properties) {
		this.jdbc = jdbc;
		this.access = access;
		this.properties = properties;
	}

	Figures of(LocalDate from, LocalDate to, Actor reader) {
		SignalStore.Visibility v = access.visibility(reader);
		Instant start = from.atStartOfDay(ChinaTime.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
		String where = " from opinion.signal where " + v.sql() + " and first_seen >= :start and first_seen < :end";
		List<Count> bySource = new ArrayList<>();
		java.util.Map<String, Long> sources = counts("source", where, v, start, end);
		properties.sources().forEach((code, label) -> bySource.add(new Count(code, label, sources.getOrDefault(code, 0L))));
		java.util.Map<String, Long> sentiments = counts("sentiment", where, v, start, end);
		List<Count> bySentiment = java.util.Arrays.stream(SignalSentiment.values())
			.map(s -> new Count(s.name(), s.label(), sentiments.getOrDefault(s.name(), 0L)))
			.toList();
		java.util.Map<String, Long> outcomes = counts(
				"case when state = 'CLOSED' then coalesce(closure, 'CLOSED') else state end", where, v, start, end);
		List<Count> byOutcome = new ArrayList<>();
		for (SignalWorkflow.State s : SignalWorkflow.State.values()) {
			if (s == SignalWorkflow.State.CLOSED) {
				for (SignalClosure c : SignalClosure.values()) {
					byOutcome.add(new Count(c.name(), "办结：" + c.label(), outcomes.getOrDefault(c.name(), 0L)));
				}
			}
			else {
				byOutcome.add(new Count(s.name(), s.label(), outcomes.getOrDefault(s.name(), 0L)));
			}
		}
		long total = bySentiment.stream().mapToLong(Count::count).sum();
		Double triage = median("triaged_at - registered_at", where + " and triaged_at is not null", v, start, end);
		Double verify = median("verified_at - triaged_at", where + " and verified_at is not null and triaged_at is not null", v,
				start, end);
		long published = v.bind(jdbc.sql("select count(*)" + where + " and reply_published_at is not null"))
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query(Long.class)
			.single();
		return new Figures(from, to, total, bySource, bySentiment, byOutcome, triage, verify, published);
	}

	private java.util.Map<String, Long> counts(String column, String where, SignalStore.Visibility v, Instant start,
			Instant end) {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		v.bind(jdbc.sql("select " + column + " as k, count(*) as n" + where + " group by 1"))
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query((java.sql.ResultSet rs) -> {
				counts.put(rs.getString("k"), rs.getLong("n"));
			});
		return counts;
	}

	private Double median(String interval, String where, SignalStore.Visibility v, Instant start, Instant end) {
		List<Double> found = v.bind(jdbc.sql("select percentile_cont(0.5) within group (order by extract(epoch from (" + interval
				+ ")) / 3600.0)" + where))
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query((rs, n) -> {
				double d = rs.getDouble(1);
				return rs.wasNull() ? null : d;
			})
			.list();
		Double hours = found.isEmpty() ? null : found.get(0);
		return hours == null ? null : Math.round(hours * 10) / 10.0;
	}
}
