package org.zhili.org.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.org.internal.OrgApiIT.assertField;

/** 部门管理: the public directory, edited only by the system administrator, every change audited. */
@ZhiliIntegrationTest
class DepartmentIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;


	@Test
	void everyoneWithOrgViewReadsTheSeededDirectory() {
		JsonNode all = api.get("/api/v1/org/departments", "chengguan").json();

		assertThat(all.size()).isGreaterThanOrEqualTo(28);
		assertThat(all.get(0).get("code").asString()).isEqualTo("120104FGW");
		JsonNode centre = api.get("/api/v1/org/departments/120104WGZ", "operator").json();
		assertThat(centre.get("category").asString()).isEqualTo("COMMAND_CENTRE");
		assertThat(centre.get("categoryLabel").asString()).isEqualTo("指挥中心");
		assertThat(api.get("/api/v1/org/departments/120104NOPE", "operator").status()).isEqualTo(404);
	}

	@Test
	void theSystemAdministratorCreatesADepartmentOnceEvenWhenTheRequestIsRetried() {
		String code = "120104T" + (System.nanoTime() % 100000);
		Map<String, Object> body = Map.of("code", code, "name", "南开区数据局", "shortName", "区数据局", "category",
				"LINE_DEPARTMENT");
		String key = "create-" + code;

		Api.Response first = api.send("POST", "/api/v1/org/departments", body, api.token("sysadmin"),
				"Idempotency-Key", key);
		Api.Response retry = api.send("POST", "/api/v1/org/departments", body, api.token("sysadmin"),
				"Idempotency-Key", key);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.header("Location")).isEqualTo("/api/v1/org/departments/" + code);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(count("select count(*) from org.unit where code = '" + code + "'")).isEqualTo(1);
		assertThat(api.get("/api/v1/org/units/" + code, "changhong").json().get("unit").get("level").asString())
			.isEqualTo("DEPARTMENT");
		assertThat(count("select count(*) from identity.audit_event where action = 'org.department.created' and target = '"
				+ code + "'")).isEqualTo(1);
		assertThat(api.post("/api/v1/org/departments", body, "sysadmin").status()).isEqualTo(409);
	}

	@Test
	void anUpdateIsAuditedWithWhatChangedAndGuardedByTheVersion() {
		JsonNode before = api.get("/api/v1/org/departments/120104TJJ", "sysadmin").json();
		int version = before.get("version").asInt();
		try {
			Api.Response renamed = api.put("/api/v1/org/departments/120104TJJ", Map.of("name", "南开区统计局（试）",
					"shortName", "区统计局", "category", "LINE_DEPARTMENT", "active", false, "version", version), "sysadmin");
			Api.Response stale = api.put("/api/v1/org/departments/120104TJJ", Map.of("name", "别的名称", "shortName",
					"区统计局", "category", "LINE_DEPARTMENT", "active", true, "version", version), "sysadmin");

			assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
			assertThat(renamed.json().get("active").asBoolean()).isFalse();
			assertThat(renamed.json().get("validTo").asString())
				.isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
			assertThat(stale.status()).isEqualTo(409);
			String detail = jdbc.sql("""
					select detail from identity.audit_event where action = 'org.department.updated'
					and target = '120104TJJ' order by id desc limit 1""").query(String.class).single();
			assertThat(detail).contains("名称 南开区统计局 → 南开区统计局（试）").contains("停用");
		}
		finally {
			api.put("/api/v1/org/departments/120104TJJ", Map.of("name", before.get("name").asString(), "shortName",
					before.get("shortName").asString(), "category", "LINE_DEPARTMENT", "active", true), "sysadmin");
		}
		assertThat(api.get("/api/v1/org/departments/120104TJJ", "operator").json().get("active").asBoolean()).isTrue();
	}

	@Test
	void badInputIsNamedAndNothingIsWritten() {
		long departments = count("select count(*) from org.unit where level = 'DEPARTMENT'");

		assertField(api.post("/api/v1/org/departments", Map.of("code", "999", "name", "某局", "shortName", "某局",
				"category", "LINE_DEPARTMENT"), "sysadmin"), 400, "code");
		assertField(api.post("/api/v1/org/departments", Map.of("code", "120104ZZZ", "name", "长".repeat(101),
				"shortName", "某局", "category", "LINE_DEPARTMENT"), "sysadmin"), 400, "name");
		assertField(api.post("/api/v1/org/departments", Map.of("code", "120104ZZZ", "name", "某局", "shortName", "某局",
				"category", "BUREAU"), "sysadmin"), 400, "category");
		assertField(api.put("/api/v1/org/departments/120104TJJ", Map.of("name", "", "shortName", "某局", "category",
				"LINE_DEPARTMENT", "active", true), "sysadmin"), 400, "name");
		assertThat(api.put("/api/v1/org/departments/120104NOPE", Map.of("name", "某局", "shortName", "某局",
				"category", "LINE_DEPARTMENT", "active", true), "sysadmin").status()).isEqualTo(404);
		assertThat(count("select count(*) from org.unit where level = 'DEPARTMENT'")).isEqualTo(departments);
	}

	@Test
	void onlyTheSystemAdministratorMayChangeDepartments() {
		Api.Response create = api.post("/api/v1/org/departments", Map.of("code", "120104ZZZ", "name", "某局",
				"shortName", "某局", "category", "LINE_DEPARTMENT"), "operator");
		Api.Response update = api.put("/api/v1/org/departments/120104TJJ", Map.of("name", "某局", "shortName", "某局",
				"category", "LINE_DEPARTMENT", "active", true), "chengguan");

		assertThat(create.status()).isEqualTo(403);
		assertThat(update.status()).isEqualTo(403);
		assertThat(create.json().get("code").asString()).isEqualTo("forbidden");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
