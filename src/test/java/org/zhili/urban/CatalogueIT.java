package org.zhili.urban;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue as the 监督中心 keeps it: national classes with their limits, local classes added, names guarded. */
@ZhiliIntegrationTest
class CatalogueIT {

	@Autowired
	Api api;

	@Test
	void aSupervisorReadsTheNationalClassesWithTheirConditionsAndLimits() {
		Api.Response r = api.get("/api/v1/urban/catalogue?kind=COMPONENT", "jianduyuan");
		assertThat(r.status()).isEqualTo(200);
		JsonNode cover = find(r.json(), "0101");
		assertThat(cover.get("name").asString()).isEqualTo("上水井盖");
		assertThat(cover.get("majorName").asString()).isEqualTo("公用设施");
		assertThat(cover.get("limitNormal").asString()).isEqualTo("2wh");
		assertThat(cover.get("registerCondition").asString()).contains("井盖丢失");
		assertThat(r.body()).doesNotContain("\"EVENT\"");
		assertThat(api.get("/urban/catalogue", "jianduyuan").body()).contains("上水井盖", "私搭乱建");
	}

	@Test
	void theDutyChiefAddsALocalClassButCannotRenameANationalOne() {
		Api.Response added = api.put("/api/v1/urban/catalogue/EVENT/0690", Map.of("majorName", "扩展事件", "name",
				"共享单车堆积", "registerCondition", "同一地点共享单车堆积20辆以上", "closeCondition", "车辆清运规整",
				"handlerSuffix", "CGW", "limitNormal", "4wh", "limitUrgent", "2h"), "zhibanzhang");
		assertThat(added.status()).isEqualTo(200);
		assertThat(added.json().get("local").asBoolean()).isTrue();
		assertThat(find(api.get("/api/v1/urban/catalogue?kind=EVENT", "zhibanzhang").json(), "0690")
			.get("limitUrgent").asString()).isEqualTo("2h");

		Api.Response renamed = api.put("/api/v1/urban/catalogue/COMPONENT/0101", Map.of("majorName", "公用设施", "name",
				"井盖", "registerCondition", "x", "closeCondition", "y", "handlerSuffix", "CGW", "limitNormal", "2wh",
				"limitUrgent", "1h"), "zhibanzhang");
		assertThat(renamed.status()).isEqualTo(409);

		Api.Response badLimit = api.put("/api/v1/urban/catalogue/EVENT/0691", Map.of("majorName", "扩展事件", "name",
				"占道洗车", "registerCondition", "x", "closeCondition", "y", "handlerSuffix", "CGW", "limitNormal",
				"两小时", "limitUrgent", "1h"), "zhibanzhang");
		assertThat(badLimit.status()).isEqualTo(400);
		assertThat(badLimit.body()).contains("limitNormal");

		assertThat(api.put("/api/v1/urban/catalogue/EVENT/0692", Map.of("name", "x"), "jianduyuan").status())
			.isEqualTo(403);
	}

	private static JsonNode find(JsonNode list, String code) {
		for (JsonNode c : list) {
			if (c.get("code").asString().equals(code)) {
				return c;
			}
		}
		throw new AssertionError("no class " + code + " in " + list);
	}
}
