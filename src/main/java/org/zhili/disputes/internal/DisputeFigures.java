package org.zhili.disputes.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * 调处成功率 and average days, by centre and by type, from ONE cohort: the disputes whose mediation concluded (调解成功,
 * 不成功, 撤回 or 终止) in the period. A dispute counts in the period it was concluded in, once, whatever its
 * registration date, so that a period's rate and its average days describe the same disputes and never change
 * after the period (a still-open dispute has no outcome yet to count). The rate is 调解成功 ÷ (成功 + 不成功 +
 * 终止); a withdrawal is counted but left out of the rate and the days, because the centre reached no outcome.
 */
@Service
@Transactional(readOnly = true)
public class DisputeFigures {

	/** One line of the figures: a centre, a type, or the whole. */
	public record Line(String key, String name, int concluded, int agreed, int failed, int terminated, int withdrawn,
			BigDecimal successRate, BigDecimal averageDays) {
	}

	public record Figures(LocalDate from, LocalDate to, String cohort, Line total, List<Line> byCentre, List<Line> byType) {
	}

	static final String COHORT = "调处终结日期（调解成功、不成功、撤回、终止之日）在统计期内的纠纷；成功率 = 调解成功 ÷（成功 + 不成功 + 终止），"
			+ "平均用时 = 登记至调处终结的自然日，均不计撤回";

	private static final int MAX_DAYS = 1096;

	private final DisputeStore store;
	private final DisputeAccess access;
	private final DisputeViews views;
	private final DisputeRules rules;

	DisputeFigures(DisputeStore store, DisputeAccess access, DisputeViews views, DisputeRules rules) {
		this.store = store;
		this.access = access;
		this.views = views;
		this.rules = rules;
	}

	/** The figures of [from, to] (whole days, China time) that the reader may see. */
	Figures of(LocalDate from, LocalDate to, Actor reader) {
		if (from == null || to == null || to.isBefore(from)) {
			throw ApiProblem.badInput("from", "invalid_period", "请给出统计期：起始日期不晚于截止日期");
		}
		if (to.toEpochDay() - from.toEpochDay() >= MAX_DAYS) {
			throw ApiProblem.badInput("to", "period_too_long", "统计期不超过" + MAX_DAYS + "天");
		}
		List<DisputeStore.Concluded> rows = store.concluded(from.atStartOfDay(ChinaTime.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant(), access.visibility(reader));
		Line total = line("ALL", "合计", rows);
		List<Line> byCentre = group(rows, DisputeStore.Concluded::centreCode, views::centreName);
		byCentre.sort(Comparator.comparing(l -> l.key().equals(rules.districtCentre()) ? "" : l.key()));
		List<Line> byType = new ArrayList<>();
		for (DisputeRules.Type type : rules.types()) {
			List<DisputeStore.Concluded> ofType = rows.stream().filter(r -> r.typeCode().equals(type.code())).toList();
			if (!ofType.isEmpty()) {
				byType.add(line(type.code(), type.label(), ofType));
			}
		}
		return new Figures(from, to, COHORT, total, byCentre, byType);
	}

	private static List<Line> group(List<DisputeStore.Concluded> rows, Function<DisputeStore.Concluded, String> key,
			Function<String, String> name) {
		Map<String, List<DisputeStore.Concluded>> groups = new LinkedHashMap<>();
		rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
		List<Line> lines = new ArrayList<>();
		groups.forEach((k, of) -> lines.add(line(k, name.apply(k), of)));
		return lines;
	}

	static Line line(String key, String name, List<DisputeStore.Concluded> rows) {
		int agreed = 0, failed = 0, terminated = 0, withdrawn = 0;
		long seconds = 0;
		for (DisputeStore.Concluded r : rows) {
			switch (r.state()) {
				case PERFORMING, CLOSED -> agreed++;
				case FAILED -> failed++;
				case TERMINATED -> terminated++;
				case WITHDRAWN -> withdrawn++;
				default -> throw new IllegalStateException("not concluded: " + r.state());
			}
			if (r.state() != State.WITHDRAWN) {
				seconds += Duration.between(r.registeredAt(), r.concludedAt()).toSeconds();
			}
		}
		int outcomes = agreed + failed + terminated;
		BigDecimal rate = outcomes == 0 ? null
				: BigDecimal.valueOf(agreed * 100L).divide(BigDecimal.valueOf(outcomes), 1, RoundingMode.HALF_UP);
		BigDecimal days = outcomes == 0 ? null
				: BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400L * outcomes), 1, RoundingMode.HALF_UP);
		return new Line(key, name, rows.size(), agreed, failed, terminated, withdrawn, rate, days);
	}
}
