package org.zhili.insight.internal.lagging;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Last month's weakest streets and departments on the demo district, and the 约谈 they lead to. */
@ZhiliIntegrationTest
class LaggingIT {

	@Autowired
	Api api;

	@Test
	void theWeakestUnitsAreListedWithTheIndicatorsBelowTheDistrictAndCanBeInterviewed() {
		YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
		JsonNode month = api.get("/api/v1/lagging", "leader").json();
		assertThat(month.get("month").asString()).isEqualTo(last.toString());
		JsonNode streets = month.get("streets");
		assertThat(streets.size()).isEqualTo(3);
		// the weakest first: the last rank of all ranked streets, then upwards
		int of = streets.get(0).get("of").asInt();
		assertThat(streets.get(0).get("rank").asInt()).isEqualTo(of);
		assertThat(streets.get(0).get("composite").decimalValue())
			.isLessThanOrEqualTo(streets.get(1).get("composite").decimalValue());
		for (JsonNode s : streets) {
			for (JsonNode r : s.get("reasons")) {
				BigDecimal value = r.get("value").decimalValue();
				assertThat(value).isLessThan(r.get("district").decimalValue());
			}
		}

		String weakest = streets.get(0).get("code").asString();
		Api.Response interview = api.post("/api/v1/lagging/interviews",
				Map.of("month", last.toString(), "unit", weakest, "note", "请主要负责同志到会"), "supervisor");
		assertThat(interview.status()).as(interview.body()).isEqualTo(201);
		assertThat(interview.json().get("level").asString()).isEqualTo("INTERVIEW");
		assertThat(interview.json().get("unitCode").asString()).isEqualTo(weakest);
		assertThat(interview.json().get("note").asString()).contains("综合成绩第", "请主要负责同志到会");
		JsonNode again = api.get("/api/v1/lagging?month=" + last, "leader").json().get("streets").get(0);
		assertThat(again.get("interview").get("id").asLong()).isEqualTo(interview.json().get("id").asLong());
		assertThat(api.post("/api/v1/lagging/interviews", Map.of("month", last.toString(), "unit", weakest), "supervisor")
			.status()).isEqualTo(409);

		assertThat(api.post("/api/v1/lagging/interviews", Map.of("month", last.toString(), "unit", "120104"), "supervisor")
			.json().get("code").asString()).isEqualTo("not_lagging");
		assertThat(api.get("/api/v1/lagging?month=" + last.plusMonths(1), "leader").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/lagging?month=last", "leader").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/lagging/interviews", Map.of("unit", weakest), "changhong").status()).isEqualTo(403);

		String page = api.get("/lagging?month=" + last, "supervisor").body();
		assertThat(page).contains("lagging-streets", "已约谈：待回复", "约谈事由");
		// departments with too few cases in the demo month are not ranked: the page says so rather than list them
		assertThat(page).containsAnyOf("lagging-departments", "本月无足够数据");
	}
}
