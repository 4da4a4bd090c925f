package org.zhili.disputes.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhili.calendar.TimeLimit;
import org.zhili.disputes.Disputes.Risk;
import org.zhili.process.SupervisionLevel;

/**
 * 矛盾纠纷 mediation as data ({@code zhili.disputes}).
 *
 * @param types the dispute types offered (code and label), in the order forms list them
 * @param districtCentre the district's 矛调中心 (区矛调中心)
 * @param districtRisks disputes of these risk levels go to the district centre
 * @param districtTypes disputes of these types go to the district centre wherever they are
 * @param mediationLimit how long a centre has from acceptance to the end of a mediation (a practice limit the
 * district sets, not a statute's: 人民调解法 leaves it to the parties and the centre)
 * @param warnDays the centre is warned this many calendar days before the mediation limit runs out
 * @param performanceWarnDays the centre is reminded of the 履行回访 this many days before the performance deadline
 * @param overdueLevel the 督办 a centre gets when the mediation limit has run out
 * @param districtReaders units besides the district centre and district-wide accounts that read every dispute
 * (信访办, 政法委)
 */
@ConfigurationProperties("zhili.disputes")
public record DisputeRules(List<Type> types, String districtCentre, Set<Risk> districtRisks, Set<String> districtTypes,
		TimeLimit mediationLimit, int warnDays, int performanceWarnDays, SupervisionLevel overdueLevel,
		Set<String> districtReaders) {

	/** A dispute type: a stable code and what people read. */
	public record Type(String code, String label) {
	}

	public DisputeRules {
		if (types == null || types.isEmpty() || districtCentre == null || mediationLimit == null || overdueLevel == null) {
			throw new IllegalArgumentException(
					"zhili.disputes needs types, district-centre, mediation-limit and overdue-level");
		}
		if (warnDays < 0 || performanceWarnDays < 0) {
			throw new IllegalArgumentException("zhili.disputes: warn-days and performance-warn-days must be ≥ 0");
		}
		types = List.copyOf(types);
		districtRisks = districtRisks == null ? Set.of() : Set.copyOf(districtRisks);
		districtTypes = districtTypes == null ? Set.of() : Set.copyOf(districtTypes);
		districtReaders = districtReaders == null ? Set.of() : Set.copyOf(districtReaders);
	}

	public Optional<Type> type(String code) {
		return types.stream().filter(t -> t.code().equals(code)).findFirst();
	}

	public String typeLabel(String code) {
		return type(code).map(Type::label).orElse(code);
	}

	/** The rule: high-risk, cross-street and the listed types go to the district centre, the rest to their street's. */
	public boolean forDistrict(Risk risk, boolean crossStreet, String typeCode) {
		return crossStreet || districtRisks.contains(risk) || districtTypes.contains(typeCode);
	}
}
