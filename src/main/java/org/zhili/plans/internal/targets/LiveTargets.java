package org.zhili.plans.internal.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Indicator;

/**
 * Targets bound to a live indicator: their actuals (source {@code LIVE}) are measured, year to date at the end of each
 * month and for the whole year once it is over, the same way an officer would enter them by hand.
 */
@Service
public class LiveTargets {

	static final String SOURCE = "LIVE";

	private static final Logger log = LoggerFactory.getLogger(LiveTargets.class);

	/** A bound target: its year and the indicator's code. */
	record Bound(long id, int year, String code) {
	}

	private final JdbcClient jdbc;
	private final LiveIndicators indicators;
	private final TargetActuals actuals;
	private final Clock clock;

	LiveTargets(JdbcClient jdbc, LiveIndicators indicators, TargetActuals actuals, Clock clock) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.actuals = actuals;
		this.clock = clock;
	}

	/** Binds the target to an indicator of the same unit and measures every month of its year so far at once. */
	@Transactional
	public void bind(long targetId, String code, Actor actor) {
		Indicator indicator = indicators.find(code)
			.orElseThrow(() -> ApiProblem.badInput("indicator", "unknown_indicator", "没有实时指标“" + code + "”"));
		record Target(int year, String unit) {
		}
		Target target = jdbc.sql("select period, unit from plans.target where id = :id").param("id", targetId)
			.query((rs, n) -> new Target(rs.getInt(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> ApiProblem.notFound("target_not_found", "指标不存在"));
		if (!target.unit().equals(indicator.unit())) {
			throw ApiProblem.badInput("indicator", "unit_mismatch",
					"单位不符：目标以“" + target.unit() + "”计，实时指标“" + indicator.name() + "”以“" + indicator.unit() + "”计");
		}
		jdbc.sql("update plans.target set live_indicator = :code where id = :id").param("code", code)
			.param("id", targetId).update();
		log.info("{} bound target {} to {}", actor.username(), targetId, code);
		measure(new Bound(targetId, target.year(), code), 1);
	}

	/** Unbinds the target: the values measured so far stay, and actuals may be entered by hand again. */
	@Transactional
	public void unbind(long targetId) {
		if (jdbc.sql("update plans.target set live_indicator = null where id = :id").param("id", targetId).update() == 0) {
			throw ApiProblem.notFound("target_not_found", "指标不存在");
		}
	}

	/**
	 * Measures the current and the previous month of every bound target of this year or the last (ratings and
	 * rectifications still arrive after a month ends), and the whole of last year.
	 */
	public void refreshAll() {
		int thisYear = today().getYear();
		List<Bound> bound = jdbc.sql("""
				select id, period, live_indicator from plans.target
				where live_indicator is not null and period between :last and :this""")
			.param("last", thisYear - 1).param("this", thisYear)
			.query((rs, n) -> new Bound(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.list();
		for (Bound b : bound) {
			try {
				measure(b, b.year() < thisYear ? 11 : Math.max(1, today().getMonthValue() - 1));
			}
			catch (RuntimeException e) {
				// one indicator failing must not keep the other targets from their values
				log.warn("Could not measure target {} ({}): {}", b.id(), b.code(), e.toString());
			}
		}
	}

	/** Measures the target's months from {@code firstMonth} to the current one (or December), and a finished year. */
	private void measure(Bound target, int firstMonth) {
		Optional<Indicator> indicator = indicators.find(target.code());
		LocalDate today = today();
		if (indicator.isEmpty() || target.year() > today.getYear()) {
			return;
		}
		LocalDate january = LocalDate.of(target.year(), 1, 1);
		int lastMonth = target.year() < today.getYear() ? 12 : today.getMonthValue();
		for (int m = firstMonth; m <= lastMonth; m++) {
			YearMonth month = YearMonth.of(target.year(), m);
			LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
			store(target, indicator.get(), month.toString(), january, to);
		}
		if (target.year() < today.getYear()) {
			store(target, indicator.get(), String.valueOf(target.year()), january, january.withMonth(12).withDayOfMonth(31));
		}
	}

	private void store(Bound target, Indicator indicator, String period, LocalDate from, LocalDate to) {
		Optional<BigDecimal> value = indicator.measure().over(from, to);
		value.ifPresent(v -> actuals.store(target.id(), period, v, "实时计算：" + from + " 至 " + to, SOURCE, "zhili"));
	}

	private LocalDate today() {
		return LocalDate.now(clock); // zhili's clock runs on China time
	}
}
