package org.zhili.urban.internal.cases;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhili.calendar.TimeLimit;
import org.zhili.process.SupervisionLevel;

/**
 * The urban-management loop as data ({@code zhili.urban.cases}).
 *
 * @param stages the limit of each stage but 处置 (whose limit is the catalogue's, per 小类 and urgency): verify,
 * register, dispatch, check, close. No source gives them (DU-17): they are the district's choice.
 * @param centre the 监督指挥中心 (区网格化管理中心): it answers for the centre's own stages when they run late
 * @param warnShare the share of a stage's time after which its light turns yellow (0.8: the last fifth)
 * @param overdueLevel the 督办 a stage gets when its limit has run out
 * @param hotline which 12345 cases are urban cases too
 */
@ConfigurationProperties("zhili.urban.cases")
public record UrbanCaseRules(Stages stages, String centre, double warnShare, SupervisionLevel overdueLevel,
		Hotline hotline) {

	/** The stage limits on the calendar ({@code 1wh}, {@code 30min}…). */
	public record Stages(TimeLimit verify, TimeLimit register, TimeLimit dispatch, TimeLimit check, TimeLimit close) {

		public Stages {
			if (verify == null || register == null || dispatch == null || check == null || close == null) {
				throw new IllegalArgumentException("zhili.urban.cases.stages needs verify, register, dispatch, check and close");
			}
		}
	}

	/**
	 * A 12345 case dispatched to {@code unit} in one of {@code categories} becomes a public-source urban case.
	 *
	 * @param categories 12345 category code (a prefix: C0102 covers all below it) → the 小类 it starts as,
	 * {@code EVENT:0107} or {@code COMPONENT:0101} (the 监督员 or 值班长 may correct it)
	 */
	public record Hotline(String unit, Map<String, String> categories) {

		public Hotline {
			categories = categories == null ? Map.of() : Map.copyOf(categories);
		}

		/** The 小类 a case of this category starts as (the longest matching prefix), if it is an urban one. */
		public Optional<String> classFor(String categoryCode) {
			if (categoryCode == null) {
				return Optional.empty();
			}
			return categories.entrySet().stream().filter(e -> categoryCode.startsWith(e.getKey()))
				.max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue);
		}
	}

	public UrbanCaseRules {
		if (stages == null || centre == null || overdueLevel == null) {
			throw new IllegalArgumentException("zhili.urban.cases needs stages, centre and overdue-level");
		}
		if (warnShare <= 0 || warnShare >= 1) {
			throw new IllegalArgumentException("zhili.urban.cases.warn-share must lie between 0 and 1");
		}
		hotline = hotline == null ? new Hotline(null, Map.of()) : hotline;
	}

	/** A stage's limit by its clock's name; 处置 has none here. */
	public TimeLimit stage(String clock) {
		return switch (clock) {
			case UrbanCaseWorkflow.VERIFY_CLOCK -> stages.verify();
			case UrbanCaseWorkflow.REGISTER_CLOCK -> stages.register();
			case UrbanCaseWorkflow.DISPATCH_CLOCK -> stages.dispatch();
			case UrbanCaseWorkflow.CHECK_CLOCK -> stages.check();
			case UrbanCaseWorkflow.CLOSE_CLOCK -> stages.close();
			default -> throw new IllegalArgumentException("no configured limit for stage " + clock);
		};
	}
}
