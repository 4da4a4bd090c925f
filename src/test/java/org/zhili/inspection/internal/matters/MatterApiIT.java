package org.zhili.inspection.internal.matters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The 抽查事项清单 over HTTP: a department lists its own matters; everyone reads every department's. */
@ZhiliIntegrationTest
class MatterApiIT {

	static final String API = "/api/v1/inspection/matters";

	@Autowired
	Api api;

	static Map<String, Object> matter(String department, String code) {
		Map<String, Object> m = new HashMap<>();
		m.put("departmentCode", department);
		m.put("code", code);
		m.put("name", "测试事项");
		m.put("legalBasis", "《中华人民共和国食品安全法》第八十七条");
		m.put("subjectScope", "食品经营者");
		m.put("industries", List.of("餐饮"));
		m.put("method", "SITE");
		m.put("keyMatter", true);
		m.put("checklist", List.of("持证经营", "从业人员健康证明"));
		return m;
	}

	@Test
	void aDepartmentRegistersItsMatterOnceAndEveryoneReadsIt() {
		String code = "IT-" + System.nanoTime();
		Api.Response r = api.post(API, matter("120104SCJ", code), "shichang");

		assertThat(r.status()).as(r.body()).isEqualTo(201);
		JsonNode m = r.json();
		assertThat(m.get("keyMatter").asBoolean()).isTrue();
		assertThat(m.get("checklist").valueStream().map(JsonNode::asString)).containsExactly("持证经营", "从业人员健康证明");
		assertThat(api.get(API + "/" + m.get("id").asLong(), "gulou").json().get("code").asString()).isEqualTo(code);
		Api.Response again = api.post(API, matter("120104SCJ", code), "shichang");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("duplicate_matter");

		assertThat(api.get(API + "?department=120104SCJ", "chengguan").json().valueStream()
			.map(x -> x.get("code").asString())).contains(code);
		assertThat(api.get(API, "chengguan").json().valueStream().map(x -> x.get("departmentCode").asString()))
			.contains("120104SCJ", "120104WJW", "120104YJJ");
	}

	@Test
	void aDepartmentHandlerRegistersOnlyForTheirOwnDepartment() {
		Api.Response other = api.post(API, matter("120104WJW", "IT-" + System.nanoTime()), "shichang");
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.json().get("code").asString()).isEqualTo("not_your_department");
		assertThat(api.post(API, matter("120104SCJ", "IT-" + System.nanoTime()), "supervisor").status()).isEqualTo(403);
	}

	@Test
	void aMatterWithoutLegalBasisOrChecklistIsRefusedNamingBoth() {
		Map<String, Object> m = matter("120104SCJ", "IT-" + System.nanoTime());
		m.put("legalBasis", "");
		m.put("checklist", List.of(" "));

		Api.Response r = api.post(API, m, "shichang");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactly("legalBasis", "checklist");
	}
}
