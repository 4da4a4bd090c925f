package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseFigures;
import org.zhili.identity.DataScope;
import org.zhili.org.OrgUnits;

/** {@link CaseFigures} from the same computation as the statistics pages: the district total of {@link ThreeRates}. */
@Component
class DistrictFigures implements CaseFigures {

	private final ThreeRates stats;
	private final OrgUnits units;

	DistrictFigures(ThreeRates stats, OrgUnits units) {
		this.stats = stats;
		this.units = units;
	}

	@Override
	public Figures district(LocalDate from, LocalDate to) {
		return figures(from, to, stats.report(StatsLevel.STREET, period(from, to), units.district().scope()).total());
	}

	@Override
	public Standings standings(LocalDate from, LocalDate to) {
		Period period = period(from, to);
		Map<String, Counts> sums = stats.sums(period);
		DataScope district = units.district().scope();
		ThreeRates.Report streets = stats.report(StatsLevel.STREET, period, sums, district);
		return new Standings(figures(from, to, streets.total()), rows(streets),
				rows(stats.report(StatsLevel.DEPARTMENT, period, sums, district)));
	}

	private static Period period(LocalDate from, LocalDate to) {
		return new Period(Period.Kind.CUSTOM, from, to);
	}

	private static Figures figures(LocalDate from, LocalDate to, ThreeRates.Row total) {
		return new Figures(from, to, total.counts().received(), total.counts().rated(), total.rates().resolution(),
				total.rates().satisfaction(), total.rates().response());
	}

	private static List<UnitFigures> rows(ThreeRates.Report report) {
		return report.rows().stream()
			.map(r -> new UnitFigures(r.unit().code(), r.unit().name(), r.counts().received(), r.counts().rated(),
					r.rates().response(), r.rates().resolution(), r.rates().satisfaction(), r.rates().composite()))
			.toList();
	}
}
