package org.zhili.plans.internal.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.plans.internal.Values;
import org.zhili.platform.ApiProblem;

/** The actual values of targets, for a year or a month to date; figures that cannot be right are refused. */
@Service
@Transactional
class TargetActuals {

	private static final Pattern PERIOD = Pattern.compile("^(\\d{4})(?:-(0[1-9]|1[0-2]))?$");

	private final JdbcClient jdbc;
	private final Clock clock;

	/** What a figure is checked against: the target's year, unit, comparator and value. */
	record Target(int year, String unit, String comparator, BigDecimal value, String live) {
	}

	TargetActuals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records (or corrects) the actual value of a target for a year or a month; absurd figures are refused. */
	void recordActual(long targetId, Actor actor, String period, BigDecimal value, String note, String source) {
		Target g = jdbc.sql("select period, unit, comparator, value, live_indicator from plans.target where id = :id")
			.param("id", targetId)
			.query((rs, n) -> new Target(rs.getInt("period"), rs.getString("unit"), rs.getString("comparator"),
					rs.getBigDecimal("value"), rs.getString("live_indicator")))
			.optional().orElseThrow(() -> ApiProblem.notFound("target_not_found", "指标不存在"));
		if (g.live() != null) {
			throw ApiProblem.conflict("target_live", "该指标已绑定实时数据，实际值自动计算；如需手工录入请先解除绑定");
		}
		if (period == null || !PERIOD.matcher(period.strip()).matches()) {
			throw ApiProblem.badInput("period", "invalid_period", "期间须为年份（2026）或月份（2026-06）");
		}
		int year = Integer.parseInt(period.strip().substring(0, 4));
		int targetYear = g.year();
		if (Math.abs(year - targetYear) > 1) {
			throw ApiProblem.badInput("period", "period_out_of_range", "期间须在指标年度 " + targetYear + " 前后一年内");
		}
		String absurd = absurd(g.unit(), g.comparator(), g.value(), value);
		if (absurd != null) {
			throw ApiProblem.badInput("value", "absurd_value", absurd);
		}
		store(targetId, period.strip(), value, note, source == null ? "ENTERED" : source, actor.username());
	}

	/** Writes (or overwrites) the actual of one period, as it is: the callers have checked it. */
	void store(long targetId, String period, BigDecimal value, String note, String source, String by) {
		jdbc.sql("""
				insert into plans.actual (target_id, period, value, note, source, recorded_at, recorded_by)
				values (:t, :p, :v, :n, :s, :at, :by)
				on conflict (target_id, period) do update set value = excluded.value, note = excluded.note,
				    source = excluded.source, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
			.param("t", targetId).param("p", period).param("v", value).param("n", note).param("s", source)
			.param("at", java.sql.Timestamp.from(clock.instant())).param("by", by).update();
	}

	/**
	 * Why a figure cannot be right, or {@code null}: a percentage beyond −100…1000 (a share beyond 0…100), a negative
	 * count or amount, or more than 1000 times the target.
	 */
	static String absurd(String unit, String comparator, BigDecimal target, BigDecimal value) {
		if (value == null) {
			return "实际值不能为空";
		}
		if (unit.equals("%") || unit.equals("个百分点")) {
			if (comparator.equals("growth")) {
				return value.compareTo(BigDecimal.valueOf(-100)) < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0
						? "增速 " + value.toPlainString() + "% 不可信：须在 -100% 至 1000% 之间" : null;
			}
			return value.signum() < 0 || value.compareTo(Values.HUNDRED) > 0 ? "比率 " + value.toPlainString() + "% 不可信：须在 0 至 100% 之间"
					: null;
		}
		if (value.signum() < 0) {
			return "数量不能为负：" + value.toPlainString() + unit;
		}
		if (target.signum() > 0 && value.compareTo(target.multiply(BigDecimal.valueOf(1000))) > 0) {
			return "实际值 " + value.toPlainString() + unit + " 超过目标的1000倍，不可信";
		}
		return null;
	}
}
