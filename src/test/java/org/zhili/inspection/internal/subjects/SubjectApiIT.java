package org.zhili.inspection.internal.subjects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The subject library over HTTP: registration checked and located, duplicates refused, search, who may do what. */
@ZhiliIntegrationTest
class SubjectApiIT {

	static final String API = "/api/v1/inspection/subjects";

	@Autowired
	Api api;

	@Autowired
	Locator locator;

	static Map<String, Object> subject(String code, String name) {
		Map<String, Object> s = new HashMap<>();
		s.put("creditCode", code);
		s.put("name", name);
		s.put("kind", "ENTERPRISE");
		s.put("address", "南开区某路1号");
		s.put("lng", 117.165);
		s.put("lat", 39.10);
		s.put("industry", "餐饮");
		s.put("scale", "SMALL");
		s.put("tags", List.of("重点监管"));
		return s;
	}

	@Test
	void aSubjectIsRegisteredLocatedAndFoundWithItsHistory() {
		String code = CreditCodes.next();
		Api.Response r = api.post(API, subject(code.toLowerCase(), "天津接口测试餐饮管理有限公司"), "shichang");

		assertThat(r.status()).as(r.body()).isEqualTo(201);
		Location where = locator.locate(117.165, 39.10).orElseThrow();
		JsonNode s = r.json();
		assertThat(s.get("creditCode").asString()).isEqualTo(code);
		assertThat(s.get("streetCode").asString()).isEqualTo(where.street().code());
		assertThat(s.get("streetName").asString()).isEqualTo(where.street().name());
		assertThat(s.get("gridCode").asString()).isEqualTo(where.grid().code());
		assertThat(s.get("creditClass").asString()).as("no class given: B").isEqualTo("B");

		JsonNode detail = api.get(API + "/" + s.get("id").asLong(), "changhong").json();
		assertThat(detail.get("subject").get("name").asString()).isEqualTo("天津接口测试餐饮管理有限公司");
		assertThat(detail.get("creditHistory").isEmpty()).isTrue();

		JsonNode found = api.get(API + "?q=" + code.toLowerCase(), "shichang").json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
		JsonNode byName = api.get(API + "?q=接口测试餐饮&creditClass=B&street=" + where.street().code(), "shichang").json();
		assertThat(byName.get("items").get(0).get("creditCode").asString()).isEqualTo(code);
		assertThat(api.get(API + "?q=接口测试餐饮&creditClass=A", "shichang").json().get("total").asLong()).isZero();
		assertThat(byName.get("classCounts").get("B").asLong()).isEqualTo(1);
		assertThat(api.get(API + "/999999999", "shichang").status()).isEqualTo(404);
	}

	@Test
	void aBadCodeIsRefusedNamingTheFieldWithTheChecksumMessage() {
		Api.Response r = api.post(API, subject(CreditCodes.broken(CreditCodes.next()), "天津校验测试有限公司"), "shichang");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("invalid_credit_code");
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
		assertThat(r.json().get("detail").asString()).contains("校验位不符");
		assertThat(api.get(API + "?q=天津校验测试", "shichang").json().get("total").asLong()).isZero();
	}

	@Test
	void aSecondRegistrationOfACodeIsAConflict() {
		String code = CreditCodes.next();
		assertThat(api.post(API, subject(code, "天津重复测试甲有限公司"), "shichang").status()).isEqualTo(201);

		Api.Response again = api.post(API, subject(code, "天津重复测试乙有限公司"), "chengguan");

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("duplicate_credit_code");
		assertThat(again.json().get("detail").asString()).contains("天津重复测试甲有限公司");
	}

	@Test
	void aPointOutsideTheDistrictAndAMissingNameAreBothNamed() {
		Map<String, Object> s = subject(CreditCodes.next(), " ");
		s.put("lng", 117.30);

		Api.Response r = api.post(API, s, "shichang");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString())).containsExactly("name", "lng");
		assertThat(r.json().get("detail").asString()).contains("不在南开区范围内");
	}

	@Test
	void viewingNeedsTheInspectionViewAndRegisteringItsManagement() {
		assertThat(api.get(API, "gulou").status()).isEqualTo(200);
		assertThat(api.get(API, "operator").status()).isEqualTo(403);
		assertThat(api.post(API, subject(CreditCodes.next(), "天津权限测试有限公司"), "inspector").status()).isEqualTo(403);
		assertThat(api.post(API, subject(CreditCodes.next(), "天津权限测试有限公司"), "changhong").status()).isEqualTo(403);
	}
}
