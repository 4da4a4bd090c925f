package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.util.List;

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

	@Override
	public List<UnitFigures> streets(LocalDate from, LocalDate to) {
		return units(StatsLevel.STREET, from, to);
	}

	@Override
	public List<UnitFigures> departments(LocalDate from, LocalDate to) {
		return units(StatsLevel.DEPARTMENT, from, to);
	}

	private List<UnitFigures> units(StatsLevel level, LocalDate from, LocalDate to) {
		return stats.report(level, new Period(Period.Kind.CUSTOM, from, to), units.district().scope()).rows().stream()
			.map(r -> new UnitFigures(r.unit().code(), r.unit().name(), r.counts().received(), r.counts().rated(),
					r.rates().response(), r.rates().resolution(), r.rates().satisfaction(), r.rates().composite()))
			.toList();
	}
}
