package org.zhili.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhili.identity.Role;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ZhiliIntegrationTest
class AccountAdministrationIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Api api;


	@Test
	void theSecurityAdministratorCreatesAnAccountThatMustChangeItsPassword() {
		String username = unique("newstaff");
		Api.Response created = api.post("/api/v1/accounts", Map.of("username", username, "displayName", "欧阳娜娜",
				"phone", "13912345678", "roles", List.of("OPERATOR"), "scopeUnitCode", "120104"), "secadmin");

		assertThat(created.status()).isEqualTo(201);
		JsonNode account = created.json().get("account");
		assertThat(account.get("displayName").asString()).isEqualTo("欧***");
		assertThat(account.get("phone").asString()).isEqualTo("139****5678");
		assertThat(account.get("mustChangePassword").asBoolean()).isTrue();
		String oneTimePassword = created.json().get("oneTimePassword").asString();
		Api.Response token = api.send("POST", "/api/v1/auth/token",
				Map.of("username", username, "password", oneTimePassword), null);
		assertThat(token.status()).isEqualTo(403);
		assertThat(token.json().get("code").asString()).isEqualTo("password_change_required");
		String stored = jdbc.sql("select phone from identity.account where username = :u").param("u", username)
			.query(String.class).single();
		assertThat(stored).startsWith("v1:").doesNotContain("13912345678");
	}

	@Test
	void badAccountInputIsRefusedFieldByFieldAndNothingIsWritten() {
		Api.Response r = api.post("/api/v1/accounts", Map.of("username", "Bad Name", "displayName", "张三", "phone", "12345",
				"roles", List.of("SECURITY_ADMIN", "OPERATOR"), "scopeUnitCode", "999999"), "secadmin");

		assertThat(r.status()).isEqualTo(400);
		assertThat(fields(r)).containsExactlyInAnyOrder("username", "phone", "roles", "scopeUnitCode");
		assertThat(accounts.exists("bad name")).isFalse();
	}

	@Test
	void aRevealedPhoneIsAuditedAndOnlyForThoseAllowed() {
		long operatorId = idOf("operator");

		Api.Response revealed = api.get("/api/v1/accounts/" + operatorId + "/personal-data?field=phone", "secadmin");

		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.json().get("value").asString()).isEqualTo("13820000001");
		assertThat(jdbc.sql("select count(*) from identity.audit_event where action = 'identity.personal-data.viewed' and target = 'operator'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void theThreeAdministratorsCannotDoEachOthersWork() {
		assertThat(api.get("/api/v1/accounts", "auditor").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/audit/events", "secadmin").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/accounts", "sysadmin").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/audit/events", "sysadmin").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/accounts", "operator").status()).isEqualTo(403);
	}

	@Test
	void nobodyChangesTheirOwnAccessAndStaleChangesConflict() {
		long secadmin = idOf("secadmin");
		Api.Response own = api.put("/api/v1/accounts/" + secadmin + "/access", Map.of("roles", List.of("SECURITY_ADMIN",
				"AUDIT_ADMIN"), "scopeUnitCode", "120104", "version", 0), "secadmin");
		long target = idOf(createLeader());
		Api.Response stale = api.put("/api/v1/accounts/" + target + "/access",
				Map.of("roles", List.of("SUPERVISOR"), "scopeUnitCode", "120104", "version", 99), "secadmin");

		assertThat(own.status()).isEqualTo(409);
		assertThat(own.json().get("code").asString()).isEqualTo("own_account");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("concurrent_modification");
	}

	@Test
	void aDisabledAccountLosesItsTokenAtOnce() {
		String username = createLeader();
		String token = api.send("POST", "/api/v1/auth/token", Map.of("username", username, "password", Api.DEMO_PASSWORD),
				null).json().get("accessToken").asString();
		assertThat(api.send("GET", "/api/v1/auth/me", null, token).status()).isEqualTo(200);

		api.post("/api/v1/accounts/" + idOf(username) + "/disable", null, "secadmin");

		assertThat(api.send("GET", "/api/v1/auth/me", null, token).status()).isEqualTo(401);
	}

	@Test
	void aStreetScopedAdministratorSeesOnlyAccountsOfItsStreet() {
		String admin = unique("chsec");
		accounts.insert(new AccountRepository.NewAccount(admin, "长虹安全员", null, Set.of(Role.SECURITY_ADMIN),
				"120104001000", true, passwords.encode(Api.DEMO_PASSWORD), false, Api.DEMO_TOTP_SECRET, false),
				Instant.now());

		Api.Response list = api.get("/api/v1/accounts?size=500", admin);
		Api.Response gulou = api.get("/api/v1/accounts/" + idOf("gulou"), admin);
		Api.Response grantGulou = api.post("/api/v1/accounts", Map.of("username", unique("x"), "displayName", "某人",
				"roles", List.of("STREET_OFFICIAL"), "scopeUnitCode", "120104002000"), admin);

		List<String> usernames = list.json().get("items").valueStream().map(a -> a.get("username").asString()).toList();
		assertThat(usernames).contains("changhong", "guangminglu").doesNotContain("gulou", "operator");
		assertThat(gulou.status()).isEqualTo(404);
		assertThat(grantGulou.status()).isEqualTo(400);
		assertThat(fields(grantGulou)).containsExactly("scopeUnitCode");
	}

	@Test
	void anIdempotentCreateRetriedReturnsTheSameAccount() {
		String username = unique("idem");
		Map<String, Object> body = Map.of("username", username, "displayName", "李四", "roles", List.of("LEADER"),
				"scopeUnitCode", "120104");
		String token = api.token("secadmin");

		Api.Response first = api.send("POST", "/api/v1/accounts", body, token, "Idempotency-Key", "create-" + username);
		Api.Response retry = api.send("POST", "/api/v1/accounts", body, token, "Idempotency-Key", "create-" + username);
		Api.Response reused = api.send("POST", "/api/v1/accounts", Map.of("username", username + "x", "displayName", "李四",
				"roles", List.of("LEADER"), "scopeUnitCode", "120104"), token, "Idempotency-Key", "create-" + username);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.json().get("code").asString()).isEqualTo("idempotency_key_reused");
		assertThat(jdbc.sql("select count(*) from identity.account where username like :u").param("u", username + "%")
			.query(Long.class).single()).isEqualTo(1);
	}

	private String createLeader() {
		String username = unique("leader");
		accounts.insert(new AccountRepository.NewAccount(username, "测试", "13800000000", Set.of(Role.LEADER), "120104",
				true, passwords.encode(Api.DEMO_PASSWORD), false, null, false), Instant.now());
		return username;
	}

	private long idOf(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}

	private static List<String> fields(Api.Response r) {
		return r.json().get("errors").valueStream().map(e -> e.get("field").asString()).distinct().toList();
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 10_000_000, 36);
	}
}
