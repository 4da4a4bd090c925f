package org.zhili.inspection.internal.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhili.inspection.HazardCampaigns.Figures;
import org.zhili.inspection.HazardCampaigns.Hazard;
import org.zhili.inspection.HazardCampaigns.ItemLine;
import org.zhili.inspection.HazardCampaigns.Site;
import org.zhili.inspection.HazardCampaigns.SiteKind;
import org.zhili.inspection.HazardCampaigns.StreetLine;
import org.zhili.inspection.Rectifications.Severity;
import org.zhili.inspection.Rectifications.State;
import org.zhili.org.OrgUnit;
import org.zhili.org.UnitLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaign report reads like the district's own news item, and its breakdowns add up to its figures. */
class CampaignReportTest {

	static final OrgUnit CHANGHONG = street("120104001000", "长虹街道");
	static final OrgUnit GULOU = street("120104002000", "鼓楼街道");

	@Test
	void theTextGivesTheFiguresInTheDistrictsWords() {
		Figures f = new Figures(LocalDate.of(2018, 6, 8), 200, 167, 35, 1, 35, 0, 0, 0);
		assertThat(CampaignReport.text("电动自行车充电夜查", f)).isEqualTo("电动自行车充电夜查开展以来，截至6月8日，共检查单位和社区167家，"
				+ "发现隐患35处，其中重大隐患1处，现场整改35处，限期整改0处（已整改销号0处）。");
	}

	@Test
	void streetsAndItemsAddUpToWhatWasRecorded() {
		List<Site> sites = List.of(site(1, CHANGHONG, 2), site(2, CHANGHONG, 0), site(3, GULOU, 1), site(4, GULOU, 1));
		List<Hazard> hazards = List.of(
				hazard(1, CHANGHONG, "飞线充电", Severity.GENERAL, true, null),
				hazard(2, CHANGHONG, "楼道停放", Severity.GENERAL, false, State.CLOSED),
				hazard(3, GULOU, null, Severity.MAJOR, false, State.OPEN));

		List<StreetLine> streets = CampaignReport.byStreet(List.of(CHANGHONG, GULOU), sites, hazards);
		assertThat(streets).extracting(StreetLine::streetName, StreetLine::sites, StreetLine::visited, StreetLine::hazards,
				StreetLine::major, StreetLine::fixedOnSpot, StreetLine::rectifying, StreetLine::closed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("长虹街道", 2, 1, 2, 0, 1, 1, 1),
					org.assertj.core.groups.Tuple.tuple("鼓楼街道", 2, 2, 1, 1, 0, 1, 0));

		List<ItemLine> items = CampaignReport.byItem(List.of("飞线充电", "楼道停放", "充电设施"), hazards);
		assertThat(items).extracting(ItemLine::item, ItemLine::hazards, ItemLine::major, ItemLine::fixedOnSpot, ItemLine::rectifying)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("飞线充电", 1, 0, 1, 0),
					org.assertj.core.groups.Tuple.tuple("楼道停放", 1, 0, 0, 1),
					org.assertj.core.groups.Tuple.tuple("充电设施", 0, 0, 0, 0),
					org.assertj.core.groups.Tuple.tuple(CampaignReport.OTHER_ITEM, 1, 1, 0, 1));
	}

	@Test
	void aStreetWithoutSitesOrHazardsIsLeftOut() {
		assertThat(CampaignReport.byStreet(List.of(CHANGHONG, GULOU), List.of(site(1, GULOU, 0)), List.of()))
			.extracting(StreetLine::streetName).containsExactly("鼓楼街道");
	}

	private static OrgUnit street(String code, String name) {
		return new OrgUnit(code, name, name, UnitLevel.STREET, null, "120104", "/120104/" + code + "/", true);
	}

	private static Site site(long id, OrgUnit street, int visits) {
		return new Site(id, 1, SiteKind.AREA, null, null, "社区" + id, null, street.code(), street.name(), null, visits, null);
	}

	private static Hazard hazard(long id, OrgUnit street, String item, Severity severity, boolean fixed, State state) {
		return new Hazard(id, "YH2026-0000" + id, 1, id, id, "社区" + id, street.code(), street.name(), item, "隐患" + id, severity,
				fixed, Instant.parse("2026-06-01T12:00:00Z"), fixed ? null : id, state, null, null, null, false,
				fixed ? "现场整改" : state.label(), null, null);
	}
}
