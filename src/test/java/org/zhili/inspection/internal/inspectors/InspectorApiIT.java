package org.zhili.inspection.internal.inspectors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.inspection.Inspectors;
import org.zhili.inspection.internal.subjects.CreditCodes;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector library over HTTP: a department registers its own staff and their conflicts; everyone reads all. */
@ZhiliIntegrationTest
class InspectorApiIT {

	static final String API = "/api/v1/inspection/inspectors";

	@Autowired
	Api api;

	@Autowired
	Inspectors inspectors;

	static Map<String, Object> inspector(String department, String licence) {
		Map<String, Object> i = new HashMap<>();
		i.put("name", "测试执法员");
		i.put("departmentCode", department);
		i.put("licenceNumber", licence);
		i.put("licenceExpires", "2030-06-30");
		i.put("expertise", List.of("食品安全", "食品安全", "特种设备"));
		return i;
	}

	static String licence() {
		return "IT" + System.nanoTime();
	}

	@Test
	void aDepartmentRegistersItsInspectorAndTheirConflicts() {
		String licence = licence();
		Api.Response r = api.post(API, inspector("120104SCJ", licence), "shichang");

		assertThat(r.status()).as(r.body()).isEqualTo(201);
		long id = r.json().get("id").asLong();
		assertThat(r.json().get("departmentName").asString()).isEqualTo("南开区市场监督管理局");
		assertThat(r.json().get("expertise").valueStream().map(JsonNode::asString)).containsExactly("食品安全", "特种设备");
		assertThat(api.post(API, inspector("120104SCJ", licence), "shichang").json().get("code").asString())
			.isEqualTo("duplicate_licence");

		String code = CreditCodes.next();
		Api.Response badCode = api.post(API + "/" + id + "/conflicts",
				Map.of("creditCode", CreditCodes.broken(code), "kind", "RELATIVE"), "shichang");
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(badCode.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");

		Api.Response declared = api.post(API + "/" + id + "/conflicts",
				Map.of("creditCode", code.toLowerCase(), "kind", "RELATIVE", "note", "配偶经营"), "shichang");
		assertThat(declared.status()).as(declared.body()).isEqualTo(200);
		api.post(API + "/" + id + "/conflicts", Map.of("creditCode", code, "kind", "INTEREST", "note", "改为利害关系"), "shichang");
		JsonNode conflicts = api.get(API + "/" + id + "/conflicts", "gulou").json();
		assertThat(conflicts).hasSize(1);
		assertThat(conflicts.get(0).get("creditCode").asString()).isEqualTo(code);
		assertThat(conflicts.get(0).get("kind").asString()).isEqualTo("INTEREST");

		// Another department neither registers for the 市场监管局 nor declares its inspectors' conflicts.
		assertThat(api.post(API + "/" + id + "/conflicts", Map.of("creditCode", code, "kind", "OTHER"), "chengguan")
			.json().get("code").asString()).isEqualTo("not_your_department");
		Inspectors.Inspector read = inspectors.ofDepartments(List.of("120104SCJ")).stream().filter(i -> i.id() == id)
			.findFirst().orElseThrow();
		assertThat(read.conflicts()).extracting(Inspectors.Conflict::creditCode).containsExactly(code);
	}

	@Test
	void aDepartmentHandlerRegistersOnlyForTheirOwnDepartmentButSeesAll() {
		Api.Response other = api.post(API, inspector("120104YJJ", licence()), "shichang");
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.json().get("code").asString()).isEqualTo("not_your_department");
		Api.Response unknown = api.post(API, inspector("120104XXX", licence()), "shichang");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("departmentCode");
		Api.Response street = api.post(API, inspector("120104001000", licence()), "shichang");
		assertThat(street.status()).as("a street is no department").isEqualTo(400);
		assertThat(api.post(API, inspector("120104SCJ", licence()), "inspector").status()).isEqualTo(403);

		Api.Response mine = api.post(API, inspector("120104CGW", licence()), "chengguan");
		assertThat(mine.status()).isEqualTo(201);
		JsonNode all = api.get(API, "shichang").json();
		assertThat(all.valueStream().map(i -> i.get("departmentCode").asString()))
			.contains("120104SCJ", "120104CGW", "120104YJJ");
		assertThat(api.get(API + "?department=120104CGW", "shichang").json().valueStream()
			.map(i -> i.get("departmentCode").asString())).containsOnly("120104CGW");
	}

	@Test
	void missingFieldsAreNamed() {
		Map<String, Object> i = inspector("120104SCJ", " ");
		i.remove("licenceExpires");
		i.put("username", "不合规 账号");

		Api.Response r = api.post(API, i, "shichang");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactly("licenceNumber", "licenceExpires", "username");
	}

	@Test
	void aDrawReadsEveryActiveInspectorOfItsDepartmentsWithTheirConflicts() {
		List<Inspectors.Inspector> read = inspectors.ofDepartments(List.of("120104SCJ", "120104WJW"));

		assertThat(read).extracting(Inspectors.Inspector::departmentCode).containsOnly("120104SCJ", "120104WJW");
		assertThat(read).extracting(Inspectors.Inspector::id).isSorted();
		assertThat(read).allMatch(Inspectors.Inspector::active);
		assertThat(inspectors.byUsername("inspector")).get().extracting(Inspectors.Inspector::departmentCode)
			.isEqualTo("120104SCJ");
	}
}
