package org.zhili.identity.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhiliIntegrationTest
class ApiKeyIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;


	@Test
	void anIssuedKeyActsWithItsRolesAndScopeUntilRevoked() {
		String name = "12345平台对接-" + System.nanoTime();
		Api.Response issued = api.post("/api/v1/api-keys",
				Map.of("name", name, "roles", List.of("DISPATCHER"), "scopeUnitCode", "120104001000"), "secadmin");
		assertThat(issued.status()).isEqualTo(201);
		String secret = issued.json().get("secret").asString();
		long id = issued.json().get("id").asLong();

		Api.Response me = api.send("GET", "/api/v1/auth/me", null, secret);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo("apikey:" + name);
		assertThat(me.json().get("scope").get("unitCode").asString()).isEqualTo("120104001000");
		assertThat(api.get("/api/v1/api-keys", "secadmin").body()).doesNotContain(secret);
		String stored = jdbc.sql("select key_hash from identity.api_key where id = :id").param("id", id).query(String.class)
			.single();
		assertThat(stored).hasSize(64).isNotEqualTo(secret);

		assertThat(api.delete("/api/v1/api-keys/" + id, "secadmin").status()).isEqualTo(200);

		Api.Response revoked = api.send("GET", "/api/v1/auth/me", null, secret);
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(revoked.json().get("code").asString()).isEqualTo("invalid_api_key");
	}

	@Test
	void keysNeverCarryAdministratorRoles() {
		Api.Response r = api.post("/api/v1/api-keys",
				Map.of("name", "bad-" + System.nanoTime(), "roles", List.of("AUDIT_ADMIN"), "scopeUnitCode", "120104"),
				"secadmin");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
	}

	@Test
	void onlyTheSecurityAdministratorIssuesKeys() {
		assertThat(api.post("/api/v1/api-keys", Map.of("name", "x", "roles", List.of("OPERATOR"), "scopeUnitCode", "120104"),
				"sysadmin").status()).isEqualTo(403);
	}
}
