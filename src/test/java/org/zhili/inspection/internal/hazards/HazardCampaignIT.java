package org.zhili.inspection.internal.hazards;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.platform.ChinaTime;
import org.zhili.process.Exports;
import org.zhili.support.Api;
import org.zhili.support.Workbooks;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.inspection.internal.hazards.HazardsThroughApi.*;

/**
 * A campaign as the district runs one: the office starts it, a team member records visits and the hazards found,
 * the report reads back exactly what was recorded, and the hazard ledger downloads as a workbook.
 */
@ZhiliIntegrationTest
class HazardCampaignIT {

	@Autowired
	Api api;

	@Test
	void theReportsFiguresAreWhatTheTeamRecorded() {
		HazardsThroughApi hazards = new HazardsThroughApi(api);
		long id = hazards.campaign(List.of(GUANGMINGLU, YAYUNLI),
				List.of(Map.of("name", "长虹公园东门车棚", "address", "长虹公园东门", "streetCode", CHANGHONG)));
		assertThat(hazards.sites(id)).extracting(s -> s.get("name").asString())
			.containsExactlyInAnyOrder("光明路社区", "雅云里社区", "长虹公园东门车棚");

		JsonNode first = hazards.visit(id, hazards.site(id, GUANGMINGLU), List.of(
				hazard("单元门厅停放电动自行车3辆", "GENERAL", true, "楼道停放"),
				hazard("住户从窗口私拉电线充电", "GENERAL", false, "飞线充电")));
		hazards.visit(id, hazards.site(id, "长虹公园东门车棚"), List.of(
				hazard("车棚灭火器过期", "GENERAL", true, "消防器材"),
				hazard("车棚充电线路老化外露，无防火分隔", "MAJOR", false, "消防器材")));
		// Visiting a site again does not count it twice.
		hazards.visit(id, hazards.site(id, GUANGMINGLU), List.of());

		// A hazard not fixed on the spot went to the site's street with the campaign's deadline.
		JsonNode handed = first.get("hazards").get(1);
		assertThat(handed.get("fixedOnSpot").asBoolean()).isFalse();
		assertThat(handed.get("unitCode").asString()).isEqualTo(CHANGHONG);
		assertThat(handed.get("status").asString()).isEqualTo("整改中");
		assertThat(LocalDate.parse(handed.get("due").asString())).isAfter(LocalDate.now(ChinaTime.ZONE).plusDays(7));

		JsonNode report = api.get("/api/v1/inspection/hazard-campaigns/" + id + "/report", "leader").json();
		String today = LocalDate.now(ChinaTime.ZONE).getMonthValue() + "月" + LocalDate.now(ChinaTime.ZONE).getDayOfMonth() + "日";
		assertThat(report.get("text").asString()).contains("截至" + today + "，共检查单位和社区2家，发现隐患4处，其中重大隐患1处，"
				+ "现场整改2处，限期整改2处（已整改销号0处）");
		JsonNode f = report.get("figures");
		assertThat(f.get("sites").asInt()).isEqualTo(3);
		assertThat(f.get("majorOpen").asInt()).isEqualTo(1);
		JsonNode changhong = report.get("byStreet").valueStream()
			.filter(s -> CHANGHONG.equals(s.get("streetCode").asString())).findFirst().orElseThrow();
		assertThat(changhong.get("visited").asInt()).isEqualTo(2);
		assertThat(changhong.get("hazards").asInt()).isEqualTo(4);
		JsonNode equipment = report.get("byItem").valueStream()
			.filter(i -> "消防器材".equals(i.get("item").asString())).findFirst().orElseThrow();
		assertThat(equipment.get("hazards").asInt()).isEqualTo(2);
		assertThat(equipment.get("major").asInt()).isEqualTo(1);

		// The 长虹 street figures in the district's overview of hazards not closed, with its major one.
		JsonNode overview = api.get("/api/v1/inspection/hazards/overview", "supervisor").json();
		JsonNode street = overview.get("byStreet").valueStream()
			.filter(s -> CHANGHONG.equals(s.get("streetCode").asString())).findFirst().orElseThrow();
		assertThat(street.get("open").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(street.get("majorOpen").asInt()).isGreaterThanOrEqualTo(1);

		// The campaign's page reads the same.
		assertThat(api.get("/inspection/hazards/" + id, "supervisor").body()).contains("共检查单位和社区2家", "车棚灭火器过期");
	}

	@Test
	void theDemoRunsANightCampaignWithAMajorHazardClosedAndOneOpen() {
		JsonNode demo = api.get("/api/v1/inspection/hazard-campaigns", "leader").json().valueStream()
			.filter(c -> c.get("name").asString().equals("电动自行车充电安全夜查专项行动")).findFirst().orElseThrow();
		JsonNode f = demo.get("figures");
		assertThat(f.get("visited").asInt()).isBetween(140, 220);
		assertThat(f.get("hazards").asInt()).isBetween(25, 50);
		assertThat(f.get("fixedOnSpot").asInt()).isGreaterThan(f.get("rectifying").asInt());
		assertThat(f.get("major").asInt()).isEqualTo(2);
		assertThat(f.get("majorOpen").asInt()).isEqualTo(1);

		List<JsonNode> majors = api.get("/api/v1/inspection/rectifications?severity=MAJOR&source=hazard", "supervisor").json()
			.valueStream().filter(l -> l.get("rectification").get("link").asString().startsWith("/inspection/hazards/" + demo.get("id").asLong() + "#"))
			.toList();
		assertThat(majors).extracting(l -> l.get("streetName").asString() + "/" + l.get("rectification").get("state").asString())
			.containsExactlyInAnyOrder("长虹街道/OPEN", "鼓楼街道/CLOSED");
		JsonNode open = majors.stream().filter(l -> l.get("rectification").get("state").asString().equals("OPEN")).findFirst().orElseThrow();
		JsonNode listed = api.get("/api/v1/inspection/rectifications/" + open.get("rectification").get("id").asLong(), "changhong").json();
		assertThat(listed.get("supervisions").get(0).get("levelLabel").asString()).isEqualTo("挂牌督办");
		JsonNode closed = majors.stream().filter(l -> l.get("rectification").get("state").asString().equals("CLOSED")).findFirst().orElseThrow();
		assertThat(api.get("/api/v1/inspection/rectifications/" + closed.get("rectification").get("id").asLong(), "supervisor").json()
			.get("recheck").asString()).isEqualTo("通过（现场复查）");

		assertThat(api.get("/inspection/hazards", "leader").body()).contains("电动自行车充电安全夜查专项行动", "未销号重大隐患");
		assertThat(api.get("/inspection/rectifications?severity=MAJOR", "changhong").body()).contains("三合一").doesNotContain("地下室");
		assertThat(api.get("/inspection/hazards/visit", "guangminglu").status()).isIn(200, 302);
	}

	@Test
	void onlyTheTeamRecordsWithinThePeriodAndAMajorHazardIsNeverFixedOnTheSpot() {
		HazardsThroughApi hazards = new HazardsThroughApi(api);
		long id = hazards.campaign(List.of(GUANGMINGLU), List.of());
		long site = hazards.site(id, GUANGMINGLU);

		// A street official records no visits; a grid worker records only for the teams they are in.
		assertThat(hazards.tryVisit(id, site, List.of(), "gulou").status()).isEqualTo(403);
		long others = hazards.campaign(List.of(GUANGMINGLU), List.of(), List.of(Map.of("name", "赵建华", "username", "g120104001003")));
		Api.Response outsider = hazards.tryVisit(others, hazards.site(others, GUANGMINGLU), List.of(), "guangminglu");
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(outsider.body()).contains("not_in_team");

		Map<String, Object> late = new HashMap<>();
		late.put("siteId", site);
		late.put("visitedAt", Instant.now().minusSeconds(10 * 86400).toString());
		Api.Response outside = api.post("/api/v1/inspection/hazard-campaigns/" + id + "/visits", late, "guangminglu");
		assertThat(outside.status()).isEqualTo(409);
		assertThat(outside.body()).contains("campaign_not_running");

		Api.Response major = hazards.tryVisit(id, site, List.of(hazard("地下室集中充电无防火分隔", "MAJOR", true, "飞线充电")), "guangminglu");
		assertThat(major.status()).isEqualTo(400);
		assertThat(major.body()).contains("major_not_on_spot", "hazards[0].fixedOnSpot");

		Api.Response unknownItem = hazards.tryVisit(id, site, List.of(hazard("其他问题", "GENERAL", true, "不在清单")), "guangminglu");
		assertThat(unknownItem.status()).isEqualTo(400);
		assertThat(unknownItem.body()).contains("unknown_checklist_item");

		// Nothing was written by the refused visits.
		assertThat(hazards.sites(id).get(0).get("visits").asInt()).isZero();
	}

	@Test
	void aDepartmentStartsCampaignsOnlyForItself() {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "消防通道排查");
		body.put("kind", "消防通道");
		body.put("startsOn", LocalDate.now(ChinaTime.ZONE).toString());
		body.put("endsOn", LocalDate.now(ChinaTime.ZONE).plusDays(3).toString());
		body.put("leadDepartment", EMERGENCY);
		body.put("checklist", List.of("消防通道"));
		body.put("teams", List.of(Map.of("name", "一组", "members", List.of(Map.of("name", "陈志强", "username", "chengguan")))));
		body.put("targets", Map.of("unitCodes", List.of(GUANGMINGLU)));
		Api.Response other = api.post("/api/v1/inspection/hazard-campaigns", body, "chengguan");
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.body()).contains("not_your_department");

		body.put("kind", "占道经营");
		body.put("leadDepartment", "120104CGW");
		Api.Response kind = api.post("/api/v1/inspection/hazard-campaigns", body, "chengguan");
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.body()).contains("invalid_kind");
	}

	@Test
	void theLedgerIsAWorkbookOfTheCampaignsHazards() throws Exception {
		HazardsThroughApi hazards = new HazardsThroughApi(api);
		long id = hazards.campaign(List.of(GUANGMINGLU, YAYUNLI), List.of());
		JsonNode visit = hazards.visit(id, hazards.site(id, YAYUNLI), List.of(
				hazard("楼道内插排为电动自行车充电", "GENERAL", true, "飞线充电"),
				hazard("安全出口上锁", "GENERAL", false, null)));

		HttpResponse<byte[]> xlsx = Workbooks.download(api, "/api/v1/inspection/hazard-campaigns/" + id + "/ledger.xlsx", "changhong");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(Exports.XLSX);
		assertThat(xlsx.headers().firstValue("X-Export-Rows")).contains("2");
		List<List<String>> rows = Workbooks.rows(xlsx.body(), "隐患");
		assertThat(rows.get(0)).containsExactly("编号", "场所", "街道", "隐患描述", "等级", "发现时间", "现场整改", "整改单位",
				"整改期限", "状态", "复查结果", "销号时间");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1)).contains(visit.get("hazards").get(0).get("number").asString(), "雅云里社区", "长虹街道",
				"楼道内插排为电动自行车充电", "一般", "是", "现场整改");
		assertThat(rows.get(2)).contains("安全出口上锁", "否", "长虹街道", "整改中");
		// Each hazard's steps are in the timeline sheet.
		assertThat(Workbooks.rows(xlsx.body(), "时间线").stream().flatMap(List::stream)).contains("发现隐患", "现场整改", "限期整改");
	}
}
