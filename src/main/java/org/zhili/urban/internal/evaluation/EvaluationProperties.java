package org.zhili.urban.internal.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monthly 综合评价's weights, bands and grades (zhili.urban.evaluation.*), after GB/T 30428.4 as recorded in
 * domain rules DU-18 … DU-26. Every number is configuration: several are uncertain in the sources (DU-21's region
 * weight of 按期结案率 above all), and districts publish their own.
 *
 * @param closingGrace how long after a month's end a closure still counts for that month (the report's 统计截止)
 * @param grades the lower bounds of grades A to D (E below D)
 * @param region weights of 区域评价 and the per-grid bands of 立案数分值
 * @param department weights of 专业部门评价 and the bands of its 立案数分值
 * @param supervisor weights of 监督员 (DU-23)
 * @param dutyChief weights of 值班长 (DU-25)
 * @param dispatcher weights of 派遣员 (DU-26) and the bands of 派遣数分值
 */
@ConfigurationProperties("zhili.urban.evaluation")
public record EvaluationProperties(@DefaultValue("5d") Duration closingGrace, @DefaultValue Grades grades,
		@DefaultValue Family region, @DefaultValue Family department, @DefaultValue Family supervisor,
		@DefaultValue Family dutyChief, @DefaultValue Family dispatcher) {

	public EvaluationProperties {
		grades = grades == null ? new Grades(null, null, null, null) : grades;
		if (closingGrace.isNegative() || closingGrace.compareTo(Duration.ofDays(31)) > 0) {
			throw new IllegalArgumentException("zhili.urban.evaluation.closing-grace must lie between 0 and 31 days");
		}
		region = Family.orDefaults(region, Defaults.REGION);
		department = Family.orDefaults(department, Defaults.DEPARTMENT);
		supervisor = Family.orDefaults(supervisor, Defaults.SUPERVISOR);
		dutyChief = Family.orDefaults(dutyChief, Defaults.DUTY_CHIEF);
		dispatcher = Family.orDefaults(dispatcher, Defaults.DISPATCHER);
		region.check(EvaluationFamily.REGION);
		department.check(EvaluationFamily.DEPARTMENT);
		supervisor.check(EvaluationFamily.SUPERVISOR);
		dutyChief.check(EvaluationFamily.DUTY_CHIEF);
		dispatcher.check(EvaluationFamily.DISPATCHER);
	}

	public Family family(EvaluationFamily family) {
		return switch (family) {
			case REGION -> region;
			case DEPARTMENT -> department;
			case SUPERVISOR -> supervisor;
			case DUTY_CHIEF -> dutyChief;
			case DISPATCHER -> dispatcher;
		};
	}

	/** The defaults, as application.yml ships them. */
	public static EvaluationProperties defaults() {
		return new EvaluationProperties(Duration.ofDays(5), null, null, null, null, null, null);
	}

	/**
	 * Lower bounds of the grades on the composite value (综合指标值): A ≥ a, B ≥ b, C ≥ c, D ≥ d, E below.
	 */
	public record Grades(@DefaultValue("90") BigDecimal a, @DefaultValue("75") BigDecimal b,
			@DefaultValue("60") BigDecimal c, @DefaultValue("40") BigDecimal d) {

		public Grades {
			a = a == null ? new BigDecimal("90") : a;
			b = b == null ? new BigDecimal("75") : b;
			c = c == null ? new BigDecimal("60") : c;
			d = d == null ? new BigDecimal("40") : d;
			if (!(a.compareTo(b) > 0 && b.compareTo(c) > 0 && c.compareTo(d) > 0 && d.signum() >= 0)) {
				throw new IllegalArgumentException("zhili.urban.evaluation.grades must fall from A to D: " + a + ", " + b
						+ ", " + c + ", " + d);
			}
		}

		public Grade of(BigDecimal composite) {
			if (composite == null) {
				return null;
			}
			if (composite.compareTo(a) >= 0) {
				return Grade.A;
			}
			if (composite.compareTo(b) >= 0) {
				return Grade.B;
			}
			if (composite.compareTo(c) >= 0) {
				return Grade.C;
			}
			return composite.compareTo(d) >= 0 ? Grade.D : Grade.E;
		}
	}

	/**
	 * One evaluation's weights (indicator → weight, summing to 1) and, where the family has a count scored in bands
	 * (立案数分值, 派遣数分值), those bands.
	 */
	public record Family(Map<Indicator, BigDecimal> weights, List<Band> bands) {

		public Family {
			weights = weights == null ? null : new TreeMap<>(weights);
			bands = bands == null ? null : List.copyOf(bands);
		}

		static Family orDefaults(Family given, Family defaults) {
			if (given == null) {
				return defaults;
			}
			return new Family(given.weights == null || given.weights.isEmpty() ? defaults.weights : given.weights,
					given.bands == null || given.bands.isEmpty() ? defaults.bands : given.bands);
		}

		void check(EvaluationFamily family) {
			String key = "zhili.urban.evaluation." + family.configKey();
			BigDecimal sum = BigDecimal.ZERO;
			for (Map.Entry<Indicator, BigDecimal> w : weights.entrySet()) {
				if (!family.scored().contains(w.getKey())) {
					throw new IllegalArgumentException(key + ".weights: " + w.getKey() + " is not scored in " + family.label()
							+ "; allowed: " + family.scored());
				}
				if (w.getValue().signum() < 0) {
					throw new IllegalArgumentException(key + ".weights must not be negative");
				}
				sum = sum.add(w.getValue());
			}
			if (sum.compareTo(BigDecimal.ONE) != 0) {
				throw new IllegalArgumentException(key + ".weights must sum to 1, not " + sum);
			}
			if (family.banded() != null && bands == null) {
				throw new IllegalArgumentException(key + ".bands are needed for " + family.banded().label());
			}
		}

		public BigDecimal weight(Indicator indicator) {
			return weights.getOrDefault(indicator, BigDecimal.ZERO);
		}

		/** The score of a count: the first band it falls in, 0 when none. */
		public BigDecimal score(long count) {
			for (Band band : bands) {
				if ((band.min() == null || count >= band.min()) && (band.max() == null || count <= band.max())) {
					return band.score();
				}
			}
			return BigDecimal.ZERO;
		}
	}

	/** A band of a count, bounds inclusive and optional: the first band a count falls in gives its score. */
	public record Band(Long min, Long max, BigDecimal score) {

		public Band {
			if (score == null || score.signum() < 0 || score.compareTo(new BigDecimal("100")) > 0) {
				throw new IllegalArgumentException("a band's score lies between 0 and 100");
			}
		}
	}

	/** The defaults of each family (what application.yml ships; also when the configuration leaves one out). */
	static final class Defaults {

		static final Family REGION = new Family(Map.of(Indicator.PUBLIC_REPORT_RATE, new BigDecimal("0.10"),
				Indicator.REGISTER_SCORE, new BigDecimal("0.20"), Indicator.CLOSING_RATE, new BigDecimal("0.30"),
				Indicator.ON_TIME_CLOSING_RATE, new BigDecimal("0.40")),
				List.of(band(null, 0L, 100), band(null, 2L, 90), band(null, 4L, 75), band(null, 6L, 60), band(null, 8L, 40)));

		static final Family DEPARTMENT = new Family(Map.of(Indicator.REGISTER_SCORE, new BigDecimal("0.10"),
				Indicator.CLOSING_RATE, new BigDecimal("0.30"), Indicator.ON_TIME_HANDLING_RATE, new BigDecimal("0.30"),
				Indicator.REWORK_RATE, new BigDecimal("0.30")),
				List.of(band(null, 100L, 100), band(null, 300L, 90), band(null, 600L, 75), band(null, 1000L, 60),
						band(null, 2000L, 40)));

		static final Family SUPERVISOR = new Family(Map.of(Indicator.VALID_REPORT_RATE, new BigDecimal("0.40"),
				Indicator.MISSED_RATE, new BigDecimal("0.20"), Indicator.ON_TIME_VERIFY_RATE, new BigDecimal("0.20"),
				Indicator.ON_TIME_CHECK_RATE, new BigDecimal("0.20")), null);

		static final Family DUTY_CHIEF = new Family(Map.of(Indicator.ON_TIME_REGISTER_RATE, new BigDecimal("0.25"),
				Indicator.ACCURATE_REGISTER_RATE, new BigDecimal("0.40"), Indicator.ON_TIME_CLOSE_RATE,
				new BigDecimal("0.35")), null);

		static final Family DISPATCHER = new Family(Map.of(Indicator.DISPATCH_SCORE, new BigDecimal("0.20"),
				Indicator.ON_TIME_DISPATCH_RATE, new BigDecimal("0.40"), Indicator.ACCURATE_DISPATCH_RATE,
				new BigDecimal("0.40")),
				List.of(band(2001L, null, 100), band(1201L, null, 90), band(501L, null, 75), band(301L, null, 60),
						band(101L, null, 40)));

		private static Band band(Long min, Long max, int score) {
			return new Band(min, max, BigDecimal.valueOf(score));
		}

		private Defaults() {
		}
	}
}
