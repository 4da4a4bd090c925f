package org.zhili.cases.internal.opendata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.org.Locator;
import org.zhili.platform.ChinaTime;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cases as open data: a case shows as what was asked, where to the grid and how it stands, and nothing of it
 * that names or describes a person; a 举报 is not published at all.
 */
@ZhiliIntegrationTest
class OpenCasesIT {

	static final String CHANGHONG = "120104001000";

	@Autowired
	Api api;

	@Autowired
	Locator locator;

	@Test
	void aCaseIsPublishedToItsGridWithoutAnythingThatNamesOrDescribesAPerson() {
		String secret = UUID.randomUUID().toString().substring(0, 8);
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", CHANGHONG);
		JsonNode kase = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", "鞍山西道" + secret + "号门前路灯不亮，住户欧阳" + secret + "反映",
				"address", "鞍山西道" + secret + "号", "location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "欧阳" + secret, "phone", "13712345678")));
		String grid = kase.get("territory").get("grid").get("code").asString();
		String category = kase.get("category").get("fullName").asString();
		Locator.Extent cell = locator.extent(grid).orElseThrow();

		Api.Response csv = api.get("/public/data/cases.csv", null);
		assertThat(csv.status()).isEqualTo(200);
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF登记日期,渠道,类型,分类,街道,社区,网格,网格中心经度,网格中心纬度,状态,是否解决");
		String today = LocalDate.now(ChinaTime.ZONE).toString();
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(today + ",热线电话,投诉,")
			.contains(category, "长虹街道", "," + grid + ","));
		assertThat(csv.body()).doesNotContain(secret, "13712345678", kase.get("trackingNumber").asString());

		// a 举报 does not add a line
		long before = api.get("/public/data/cases.csv", null).body().lines().count();
		cases.register(Map.of("type", "REPORT", "categoryCode", "C01", "description", "举报某商户" + secret + "违规经营",
				"location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "匿名", "phone", "13712345679")));
		assertThat(api.get("/public/data/cases.csv", null).body().lines().count()).isEqualTo(before);

		// on the map, a point at the grid's centre, not where the case was
		Api.Response geo = api.get("/public/data/cases.geojson", null);
		assertThat(geo.status()).isEqualTo(200);
		assertThat(geo.header("Content-Type")).startsWith("application/geo+json");
		assertThat(geo.body()).doesNotContain(secret, "13712345678");
		JsonNode features = JsonMapper.shared().readTree(geo.body()).get("features");
		JsonNode mine = features.valueStream()
			.filter(f -> grid.equals(f.get("properties").get("grid").asString()))
			.findFirst()
			.orElseThrow();
		JsonNode at = mine.get("geometry").get("coordinates");
		assertThat(at.get(0).asDouble()).isCloseTo((cell.minLng() + cell.maxLng()) / 2, within(0.00001));
		assertThat(at.get(1).asDouble()).isCloseTo((cell.minLat() + cell.maxLat()) / 2, within(0.00001));
		assertThat(mine.get("properties").has("description")).isFalse();

		JsonNode entry = api.get("/api/3/action/package_show?id=cases", null).json().get("result");
		assertThat(entry.get("resources").valueStream().map(r -> r.get("format").asString())).containsExactly("CSV", "GeoJSON");
	}
}
