package org.zhili.cases.internal.stats;

import java.time.LocalDate;

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
		DataScope district = units.district().scope();
		ThreeRates.Row total = stats.report(StatsLevel.STREET, new Period(Period.Kind.CUSTOM, from, to), district).total();
		return new Figures(from, to, total.counts().received(), total.counts().rated(), total.rates().resolution(),
				total.rates().satisfaction(), total.rates().response());
	}
}
