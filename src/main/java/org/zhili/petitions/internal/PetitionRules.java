package org.zhili.petitions.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhili.calendar.TimeLimit;
import org.zhili.process.SupervisionLevel;

/**
 * 信访's settings ({@code zhili.petitions}): the units petitions are routed to, the statutory procedures a 申诉求决 is
 * guided to (data, not code), and the legal limits. The 条例 counts in 日; the unit of each limit is configurable
 * ({@code 15d} calendar days, {@code 15wd} working days).
 *
 * @param office the 信访部门 that registers and routes (and reviews, as the district's 复查/复核 body)
 * @param legalUnit where 涉法涉诉 petitions go (政法委)
 * @param disciplineUnit where 检举控告 go (纪委监委)
 */
@ConfigurationProperties("zhili.petitions")
public record PetitionRules(String office, String legalUnit, String disciplineUnit, String reviewUnit,
		String reReviewUnit, List<Procedure> procedures, TimeLimit registerLimit, TimeLimit handleLimit,
		TimeLimit maxExtension, TimeLimit reviewWindow, TimeLimit reviewLimit, TimeLimit reReviewWindow,
		TimeLimit reReviewLimit, int warnDays, SupervisionLevel overdueLevel, int backlogDays) {

	/** A statutory procedure a 申诉求决 belongs to (条例 art. 31(1)–(5)): what it is and where the petitioner goes. */
	public record Procedure(String code, String label, String where) {
	}

	public PetitionRules {
		if (office == null || legalUnit == null || disciplineUnit == null || registerLimit == null
				|| handleLimit == null || maxExtension == null || reviewWindow == null || reviewLimit == null
				|| reReviewWindow == null || reReviewLimit == null || overdueLevel == null) {
			throw new IllegalArgumentException("zhili.petitions needs its units and every limit");
		}
		reviewUnit = reviewUnit == null ? office : reviewUnit;
		reReviewUnit = reReviewUnit == null ? office : reReviewUnit;
		procedures = procedures == null ? List.of() : List.copyOf(procedures);
		if (warnDays < 0 || backlogDays < 0) {
			throw new IllegalArgumentException("zhili.petitions: warn-days and backlog-days must be ≥ 0");
		}
	}

	public Optional<Procedure> procedure(String code) {
		return procedures.stream().filter(p -> p.code().equals(code)).findFirst();
	}
}
