package org.zhili.cases.internal.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zhili.identity.DataScope;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.org.UnitLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows, roll-up, district total, scope and ranking order over fixed counters (no database). */
class ThreeRatesTest {

	static final OrgUnit DISTRICT = unit("120104", UnitLevel.DISTRICT, null, null, "/120104/");
	static final OrgUnit A = unit("120104001000", UnitLevel.STREET, null, "120104", "/120104/120104001000/");
	static final OrgUnit A1 = unit("120104001001", UnitLevel.COMMUNITY, null, "120104001000",
			"/120104/120104001000/120104001001/");
	static final OrgUnit B = unit("120104002000", UnitLevel.STREET, null, "120104", "/120104/120104002000/");
	static final OrgUnit C = unit("120104003000", UnitLevel.STREET, null, "120104", "/120104/120104003000/");
	static final OrgUnit D = unit("120104003001", UnitLevel.STREET, null, "120104", "/120104/120104003001/");
	static final OrgUnit CGW = unit("120104CGW", UnitLevel.DEPARTMENT, "LINE_DEPARTMENT", "120104", "/120104/120104CGW/");
	static final OrgUnit WGZ = unit("120104WGZ", UnitLevel.DEPARTMENT, "COMMAND_CENTRE", "120104", "/120104/120104WGZ/");

	static final DataScope DISTRICT_WIDE = new DataScope("120104", "/120104/", true);
	static final DataScope STREET_A = new DataScope(A.code(), A.path(), true);
	static final Period OCTOBER = Period.month(YearMonth.of(2026, 10));

	final Map<String, Counts> sums = new LinkedHashMap<>();
	final ThreeRates stats = new ThreeRates(new StatsRepository(null) {
		@Override
		Map<String, Counts> sums(LocalDate from, LocalDate to) {
			return sums;
		}
	}, new Units(), StatsProperties.defaults());

	/** dispatched d, accepted on time a, rated r of which solved s and satisfied m. */
	static Counts counts(long d, long a, long r, long s, long m) {
		return new Counts(d, 0, d, a, a, 0, r, r, 0, r, s, m, 0, r - m, 0, r, r, 0, 0, 0);
	}

	@Test
	void everyStreetHasARowAndCommunitiesCountForTheirStreet() {
		sums.put(A.code(), counts(10, 9, 10, 9, 9));
		sums.put(A1.code(), counts(10, 10, 10, 10, 10));
		sums.put(CGW.code(), counts(5, 5, 5, 5, 5));
		sums.put("120104", counts(1, 0, 0, 0, 0)); // registered without a location by a district account

		ThreeRates.Report report = stats.report(StatsLevel.STREET, OCTOBER, DISTRICT_WIDE);

		assertThat(report.rows()).extracting(r -> r.unit().code()).containsExactly(A.code(), B.code(), C.code(), D.code());
		ThreeRates.Row a = report.rows().get(0);
		assertThat(a.counts().dispatched()).isEqualTo(20);
		assertThat(a.rates().response()).isEqualByComparingTo("95.00");
		assertThat(a.units()).containsExactly(A.code(), A1.code());
		assertThat(a.cases().get("dispatched")).isEqualTo(
				"/cases?event=DISPATCHED&eventUnit=120104001000&eventUnit=120104001001&eventFrom=2026-10-01&eventTo=2026-10-31");
		// a street without cases still has its row, with nothing to rate
		assertThat(report.rows().get(1).counts()).isEqualTo(Counts.ZERO);
		assertThat(report.rows().get(1).rates().composite()).isNull();
		assertThat(report.rows().get(1).cases().get("received"))
			.isEqualTo("/cases?event=RECEIVED&eventUnit=120104002000&eventFrom=2026-10-01&eventTo=2026-10-31");
		// the district's total is the whole district: every unit, listed or not
		assertThat(report.total().counts().dispatched()).isEqualTo(26);
		assertThat(report.total().cases().get("dispatched"))
			.isEqualTo("/cases?event=DISPATCHED&eventFrom=2026-10-01&eventTo=2026-10-31");
	}

	@Test
	void departmentsAreTheLineDepartmentsAndAnyOtherWithFigures() {
		assertThat(stats.report(StatsLevel.DEPARTMENT, OCTOBER, DISTRICT_WIDE).rows()).extracting(r -> r.unit().code())
			.containsExactly(CGW.code());

		sums.put(WGZ.code(), counts(1, 1, 0, 0, 0));
		assertThat(stats.report(StatsLevel.DEPARTMENT, OCTOBER, DISTRICT_WIDE).rows()).extracting(r -> r.unit().code())
			.containsExactly(CGW.code(), WGZ.code());
	}

	@Test
	void aStreetAccountSeesItsOwnRowAndNoDistrictTotal() {
		sums.put(B.code(), counts(10, 9, 10, 9, 9));

		ThreeRates.Report report = stats.report(StatsLevel.STREET, OCTOBER, STREET_A);

		assertThat(report.rows()).extracting(r -> r.unit().code()).containsExactly(A.code());
		assertThat(report.total()).isNull();
		assertThat(stats.report(StatsLevel.DEPARTMENT, OCTOBER, STREET_A).rows()).isEmpty();
	}

	@Test
	void theRankingOrdersByCompositeWithSharedRanksAndUnscoredUnitsLast() {
		sums.put(A.code(), counts(10, 8, 10, 8, 8)); // 80
		sums.put(B.code(), counts(10, 10, 10, 10, 10)); // 100
		sums.put(D.code(), counts(10, 8, 10, 8, 8)); // 80, ties with A
		// C: nothing

		ThreeRates.Ranking ranking = stats.ranking(StatsLevel.STREET, YearMonth.of(2026, 10), STREET_A);

		assertThat(ranking.rows()).extracting(r -> r.unit().code()).containsExactly(B.code(), A.code(), D.code(), C.code());
		assertThat(ranking.rows()).extracting(ThreeRates.Ranked::rank).containsExactly(1, 2, 2, null);
		assertThat(ranking.rows().get(0).composite()).isEqualByComparingTo("100.00");
		assertThat(ranking.rows().get(1).composite()).isEqualByComparingTo("80.00");
		// everyone sees the whole ranking; links only where the cases are in scope
		assertThat(ranking.rows()).extracting(ThreeRates.Ranked::inScope).containsExactly(false, true, false, false);
		assertThat(ranking.rows().get(1).cases()).containsKey("dispatched");
		assertThat(ranking.rows().get(0).cases()).isNull();
	}

	private static OrgUnit unit(String code, UnitLevel level, String category, String parent, String path) {
		return new OrgUnit(code, "南开区" + code, code, level, category, parent, path, true);
	}

	/** The directory of the units above. */
	static final class Units implements OrgUnits {

		private static final List<OrgUnit> ALL = List.of(DISTRICT, A, A1, B, C, D, CGW, WGZ);

		@Override
		public Optional<OrgUnit> find(String code) {
			return ALL.stream().filter(u -> u.code().equals(code)).findFirst();
		}

		@Override
		public OrgUnit district() {
			return DISTRICT;
		}

		@Override
		public List<OrgUnit> streets() {
			return List.of(A, B, C, D);
		}

		@Override
		public List<OrgUnit> departments() {
			return List.of(CGW, WGZ);
		}

		@Override
		public List<OrgUnit> below(String code, UnitLevel level) {
			String path = find(code).orElseThrow().path();
			return ALL.stream().filter(u -> u.level() == level && u.path().startsWith(path)).toList();
		}
	}
}
