package org.zhili.org.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The 组织架构, 地图, 部门管理 and 边界导入 pages as rendered HTML, within each account's scope. */
@ZhiliIntegrationTest
class OrgPagesIT {

	@Autowired
	Api api;


	@Test
	void theTreeShowsEveryStreetWithItsCountsToADistrictAccount() {
		Api.Response page = api.get("/org", "operator");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("组织架构")
			.contains("长虹街道")
			.contains("鼓楼街道")
			.contains("12 个街道")
			.contains("9 个社区")
			.contains("4 个停用")
			.contains("南开区网格化管理中心")
			.contains("指挥中心");
	}

	@Test
	void aStreetAccountSeesItsStreetOnly() {
		String tree = api.get("/org", "changhong").body();
		String search = api.get("/org/search?q=" + java.net.URLEncoder.encode("鼓楼", java.nio.charset.StandardCharsets.UTF_8),
				"changhong").body();

		assertThat(tree).contains("长虹街道").contains("光明路社区").doesNotContain("鼓楼街道").doesNotContain("120104002");
		assertThat(search).doesNotContain("120104002").contains("没有符合条件的单位");
		assertThat(api.get("/org/units/120104002000", "changhong").status()).isEqualTo(404);
		assertThat(api.get("/org/units/120104001001", "changhong").body()).contains("光明路社区").contains("第001网格");
	}

	@Test
	void aUnitPageShowsItsPlaceCountsAndBoundarySource() {
		String fragment = api.send("GET", "/org/units/120104001001", null, api.token("operator"), "HX-Request", "true").body();

		assertThat(fragment).doesNotContain("<html").contains("光明路社区").contains("120104001001").contains("长虹街道")
			.contains("示意（生成）").contains("平方米").contains("/org/map?focus=120104001001");
	}

	@Test
	void theMapPageCarriesWhatItsScriptNeeds() {
		String page = api.get("/org/map?focus=120104001001001", "guangminglu").body();

		assertThat(page).contains("id=\"org-map\"")
			.contains("data-api=\"/api/v1/org\"")
			.contains("data-focus=\"120104001001001\"")
			.containsPattern("/webjars/leaflet/[^\"]*leaflet\\.js")
			.contains("/org/js/map.js")
			.contains("示意（生成）");
	}

	@Test
	void administrationPagesAreForTheSystemAdministrator() {
		assertThat(api.get("/org/departments", "operator").status()).isEqualTo(403);
		assertThat(api.get("/org/import", "changhong").status()).isEqualTo(403);
		assertThat(api.get("/org/departments", "sysadmin").body()).contains("120104CGW").contains("新增部门").contains("督查室");
		assertThat(api.get("/org/import", "sysadmin").body()).contains("边界导入").contains("恢复示意边界").contains("只校验");
	}

	@Test
	void theMenuOffersTheOrgPagesByPermission() {
		String operatorHome = api.get("/", "operator").body();
		String adminHome = api.get("/", "sysadmin").body();

		assertThat(operatorHome).contains("基础信息").contains("href=\"/org/map\"").doesNotContain("href=\"/org/import\"");
		assertThat(adminHome).contains("href=\"/org/departments\"").contains("href=\"/org/import\"");
		assertThat(api.get("/", "auditor").body()).doesNotContain("href=\"/org\"");
	}

	@Test
	void englishIsAvailable() {
		assertThat(api.get("/org?lang=en", "operator").body()).contains("Org tree").contains("12 streets");
	}
}
